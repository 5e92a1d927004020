import { describe, expect, it } from 'vitest';
import { excerptAround } from '@/features/diagnose/excerpt';

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

  it.each([
    [-5, 3],
    [40, 4000],
    [10, 2],
  ])('clamps offsets out of range (%i, %i) instead of throwing', (start, end) => {
    expect(() => excerptAround(text, start, end)).not.toThrow();
  });
});
