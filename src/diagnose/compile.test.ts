import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '@/diagnose/automaton';
import { leadingLiteral } from '@/diagnose/compile';
import { scanLines, type ScannedLine } from '@/diagnose/scan';

describe('leadingLiteral', () => {
  it.each([
    [String.raw`connect\(\) to unix:[^ ]{1,300}`, 'connect() to unix:'],
    [String.raw`(?<=" (?<status>[0-9]{3})) UF(?=[ ,])`, ' UF'],
    [String.raw`^nginx(?:\/[0-9.]{1,20})?$`, 'nginx'],
    [String.raw`malformed HTTP response \\{0,3}"`, 'malformed HTTP response '],
    [String.raw`Memory limit of [^ ]{1,20}`, 'Memory limit of '],
    [String.raw`abc?d`, 'ab'],
    [String.raw`\d{3} x`, ''],
  ])('finds the literal %s starts with', (source, literal) => {
    expect(leadingLiteral(source)).toBe(literal);
  });
});

const findAll = (words: string[], text: string) => {
  const automaton = buildAutomaton(words);
  const found: string[] = [];
  scanLines(text, text.length, automaton, (line: ScannedLine) => {
    for (let k = 0; k < line.count; k++) found.push(`${line.number}:${line.starts[k]}:${words[line.words[k]]}`);
  });
  return found;
};

describe('the automaton and the line scanner', () => {
  it('finds overlapping words, ignoring the case of letters', () => {
    expect(findAll(['he', 'she', 'hers', 'his'], 'uSHErs').sort()).toEqual(['0:1:she', '0:2:he', '0:2:hers']);
  });

  it('numbers lines across \\n, \\r\\n and \\r and keeps offsets into the whole text', () => {
    expect(findAll(['ab'], 'ab\r\nxab\rab')).toEqual(['0:0:ab', '2:5:ab', '3:8:ab']);
  });

  it('never matches across a line break or through non-ASCII characters', () => {
    expect(findAll(['abc'], 'ab\ncab\u00e9c ab\u0000c')).toEqual([]);
  });

  it('stops looking after 16 KB of one line but goes on with the next line', () => {
    const text = `${'x'.repeat(20_000)}needle\nneedle`;
    expect(findAll(['needle'], text)).toEqual([`1:${20_007}:needle`]);
  });
});
