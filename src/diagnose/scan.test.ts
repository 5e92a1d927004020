import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledIndex } from '@/diagnose/compiled-index';
import { getEngine } from '@/diagnose/engine';
import { samples } from '@/diagnose/samples';
import { scanLines, scanShort, SHORT_TEXT, type ScannedLine } from '@/diagnose/scan';
import { adversarialInputs, mixedLogText, randomLatin1 } from '@/diagnose/stress-inputs';
import { indexTable } from '@/diagnose/table-index';

const { index } = getEngine();

/** Every line a scanner reports, copied (the scanners reuse one object). */
const linesOf = (scan: (onLine: (line: ScannedLine) => void) => void) => {
  const lines: object[] = [];
  scan((line) => lines.push({ ...line, words: line.words.slice(0, line.count), starts: line.starts.slice(0, line.count) }));
  return lines;
};

const corpusDir = join(import.meta.dirname, '../../bench/diagnose-corpus');
const corpusTexts = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => (JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as { text: string }[]).map((entry) => entry.text));

const shortTexts: readonly string[] = [
  ...samples.map((sample) => sample.text),
  ...corpusTexts,
  ...adversarialInputs.map(([, make]) => make().slice(0, SHORT_TEXT)),
  mixedLogText(SHORT_TEXT).slice(0, SHORT_TEXT),
  randomLatin1(SHORT_TEXT),
  'CONNECT() FAILED (111: Connection refused)\r\nupstream timed out\r\rno live upstreams\n\nİstanbul: connect() failed (111: x',
].filter((text) => text.length <= SHORT_TEXT);

describe('scanShort', () => {
  it('finds what the automaton finds, line by line and in its order, in every short text', () => {
    expect(shortTexts.length).toBeGreaterThan(500);
    for (const text of shortTexts) {
      const end = text.length;
      expect(linesOf((onLine) => scanShort(text, end, index.words, onLine)), text.slice(0, 80)).toEqual(
        linesOf((onLine) => scanLines(text, end, index.automaton(), onLine)),
      );
    }
  });

  it('refuses a text longer than it may read', () => {
    expect(() => scanShort('x'.repeat(SHORT_TEXT + 1), SHORT_TEXT + 1, index.words, () => undefined)).toThrow();
  });
});

describe('the compiled index', () => {
  it('is the index of the table as it is (npm run compile:diagnose writes it)', () => {
    expect(compiledIndex).toEqual(indexTable());
  });

  it('has words the plain search can look for: lower-case ASCII, no line break', () => {
    for (const word of compiledIndex.words) expect(word, word).toMatch(/^[\x20-\x40\x5b-\x7e]+$/);
  });
});
