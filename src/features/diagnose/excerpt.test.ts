import { describe, expect, it } from 'vitest';
import { evidenceExcerpts, excerptAround, MAX_EVIDENCE_LINES } from '@/features/diagnose/excerpt';

describe('excerptAround', () => {
  const text = 'first line\nsecond has the MATCH in it\r\nthird';

  it('keeps the line of the match, split around it', () => {
    const start = text.indexOf('MATCH');
    expect(excerptAround(text, start, start + 5)).toEqual({ before: 'second has the ', match: 'MATCH', after: ' in it' });
  });

  it('cuts a long line around the match and marks the cuts', () => {
    const long = `${'a'.repeat(500)}MATCH${'b'.repeat(500)}`;
    const excerpt = excerptAround(long, 500, 505, 10);
    expect(excerpt).toEqual({ before: `…${'a'.repeat(10)}`, match: 'MATCH', after: `${'b'.repeat(10)}…` });
  });

  it('marks an error number with its words: a match that stops inside "(" reaches the ")" on its line', () => {
    const line = '2026/12/05 03:12:09 [crit] 812#812: *3 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream';
    const start = line.indexOf('connect()');
    const end = line.indexOf('(2: ') + 4;
    expect(excerptAround(line, start, end).match).toBe('connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory)');
    // No ")" on the line, or one too far away: the mark stays as matched.
    expect(excerptAround('failed (2: No such file\n)', 0, 11).match).toBe('failed (2: ');
    const far = `failed (2: ${'x'.repeat(200)})`;
    expect(excerptAround(far, 0, 11).match).toBe('failed (2: ');
    // A match whose parentheses are closed is left as it is.
    expect(excerptAround('f(1) (x)', 0, 4).match).toBe('f(1)');
  });

  it.each([
    [-5, 3],
    [40, 4000],
    [10, 2],
  ])('clamps offsets out of range (%i, %i) instead of throwing', (start, end) => {
    expect(() => excerptAround(text, start, end)).not.toThrow();
  });
});

describe('evidenceExcerpts', () => {
  const text = 'HTTP/2 502\nserver: cloudflare\ncf-cache-status: HIT\nage: 40';
  const span = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

  it('marks the evidence first, then each supporting span on its own line in the order of the text', () => {
    expect(evidenceExcerpts(text, [span('HIT'), span('40'), span('502')]).map((e) => e.match)).toEqual(['HIT', '502', '40']);
  });

  it('shows one mark a line, and at most MAX_EVIDENCE_LINES lines', () => {
    expect(evidenceExcerpts(text, [span('cf-cache'), span('HIT')])).toEqual([{ before: '', match: 'cf-cache', after: '-status: HIT' }]);
    const many = Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n');
    const spans = Array.from({ length: 10 }, (_, i) => ({ start: many.indexOf(`line ${i}`), end: many.indexOf(`line ${i}`) + 4 }));
    expect(evidenceExcerpts(many, spans)).toHaveLength(MAX_EVIDENCE_LINES);
  });
});
