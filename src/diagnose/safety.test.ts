import { describe, expect, it } from 'vitest';
import { diagnose } from '@/diagnose/index';
import { samples } from '@/diagnose/samples';
import { adversarialInputs, mixedLogText, randomLatin1 } from '@/diagnose/stress-inputs';

// Adversarial input must neither throw nor take long. The timeout below is a backstop against a
// catastrophic regular expression (those take minutes), not a benchmark: `npm run bench` prints figures.
const BACKSTOP_MS = 10_000;

describe('diagnose on adversarial input', () => {
  it.each(adversarialInputs)('survives %s', (_name, make) => {
    const text = make();
    const result = diagnose(text);
    expect(Array.isArray(result.findings)).toBe(true);
    for (const f of result.findings) {
      expect(f.evidence.start).toBeGreaterThanOrEqual(0);
      expect(f.evidence.end).toBeLessThanOrEqual(text.length);
      expect(f.evidence.start).toBeLessThan(f.evidence.end);
    }
  }, BACKSTOP_MS);

  it('classifies 1 MB of mixed log lines into findings of many components', () => {
    const components = new Set(diagnose(mixedLogText()).findings.map((f) => f.component));
    expect(components.size).toBeGreaterThanOrEqual(20);
  }, BACKSTOP_MS);

  it('treats something that is not a string as no text', () => {
    expect(diagnose(undefined as unknown as string).findings).toEqual([]);
    expect(diagnose(42 as unknown as string).findings).toEqual([]);
  });
});

describe('offsets are UTF-16 offsets into the original text', () => {
  it('finds real lines hidden in junk, astral characters and CRLF, at the right offsets', () => {
    const needle = '2026/03/14 14:32:07 [error] 812#812: *4410 upstream sent too big header while reading response header from upstream, client: 203.0.113.7';
    const junk = `${randomLatin1(50_000, 7)}\r\n😀😀😀 \ud800 ${'\u0000'.repeat(10)}\r\n`;
    const text = `${junk}${needle}\r\n${junk}`;
    const [finding] = diagnose(text).findings.filter((f) => f.cause === 'header-too-large');
    expect(text.slice(finding.evidence.start, finding.evidence.end)).toBe('upstream sent too big header');
    expect(text.slice(finding.line.start, finding.line.end)).toBe(needle);
  });

  it('reads a sample that follows a line of 100 000 characters', () => {
    const sample = samples[0];
    const text = `${'y'.repeat(100_000)}\n${sample.text}`;
    const [finding] = diagnose(text).findings;
    expect(finding.component).toBe(sample.component);
    expect(finding.evidence.start).toBeGreaterThan(100_000);
  });
});
