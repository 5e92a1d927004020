import type { Automaton } from '@/diagnose/automaton';

/** Matching looks at most this many characters of each line; offsets beyond it stay correct. */
export const LINE_MATCH_CAP = 16_384;

/**
 * One line of the text and the automaton's words found in its first LINE_MATCH_CAP characters. The
 * scanner reuses one object for every line: read it during the callback, do not keep it.
 */
export interface ScannedLine {
  number: number;
  /** Offsets of the line in the text, without its line break. */
  start: number;
  end: number;
  /** How far matching looked: min(end, start + LINE_MATCH_CAP). */
  matchEnd: number;
  /** The first `count` entries of these parallel lists: the word found and the offset where it starts. */
  count: number;
  readonly words: number[];
  readonly starts: number[];
}

const isBreak = (code: number) => code === 10 || code === 13;

/**
 * Runs the automaton over `text[0, end)` line by line (a line ends at \n or \r, so CRLF is a line and
 * an empty one) and calls `onLine` for every line that holds a word. Linear in `end`.
 */
export const scanLines = (text: string, end: number, automaton: Automaton, onLine: (line: ScannedLine) => void): void => {
  const { classOf, width, delta, ready, complete, outputs, lengths } = automaton;
  const line: ScannedLine = { number: 0, start: 0, end: 0, matchEnd: 0, count: 0, words: [], starts: [] };
  let number = 0;
  let lineStart = 0;
  let state = 0;
  // The next \n and \r at or after the current position, found once each and reused for skipping.
  let nextLf = -1;
  let nextCr = -1;

  const finishLine = (lineEnd: number) => {
    if (line.count > 0) {
      line.number = number;
      line.start = lineStart;
      line.end = lineEnd;
      line.matchEnd = Math.min(lineEnd, lineStart + LINE_MATCH_CAP);
      onLine(line);
      line.count = 0;
    }
    number++;
    lineStart = lineEnd + 1;
    state = 0;
  };
  const find = (needle: string, from: number) => {
    const at = text.indexOf(needle, from);
    return at < 0 || at > end ? end : at;
  };
  const nextBreak = (from: number) => {
    if (nextLf < from) nextLf = find('\n', from);
    if (nextCr < from) nextCr = find('\r', from);
    return Math.min(nextLf, nextCr);
  };

  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isBreak(code)) {
      finishLine(i);
      continue;
    }
    if (i - lineStart >= LINE_MATCH_CAP) {
      // Past the cap: jump to the line's end without looking.
      const lineEnd = nextBreak(i);
      finishLine(lineEnd);
      i = lineEnd;
      continue;
    }
    if (ready[state] === 0) complete(state);
    state = delta[state * width + (code < 128 ? classOf[code] : 0)];
    const found = outputs[state];
    if (found !== null)
      for (const word of found) {
        line.words[line.count] = word;
        line.starts[line.count++] = i + 1 - lengths[word];
      }
  }
  if (lineStart <= end) finishLine(end);
};

/** Texts up to this long are scanned by scanShort, without the automaton. */
export const SHORT_TEXT = 4096;

const byEndThenLength = (a: { start: number; length: number }, b: { start: number; length: number }) =>
  a.start + a.length - (b.start + b.length) || b.length - a.length;

/**
 * What scanLines finds, for a short text (at most SHORT_TEXT characters, so no line reaches the cap),
 * without building the automaton: each word is looked for with indexOf in the text with its ASCII
 * letters folded to lower case. The lines and the order of words on each (by end, the longer first at
 * the same end) are scanLines' own, so the classifier cannot tell them apart; a paste of a few lines
 * is classified before the automaton, whose building cost more than reading the paste, exists at all.
 */
export const scanShort = (text: string, end: number, words: readonly string[], onLine: (line: ScannedLine) => void): void => {
  if (end > SHORT_TEXT) throw new Error(`scanShort reads at most ${SHORT_TEXT} characters`);
  // ASCII letters only, as the automaton folds them: the text keeps its length and its offsets.
  const folded = text.slice(0, end).replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  const found: { word: number; start: number; length: number }[] = [];
  words.forEach((word, index) => {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) found.push({ word: index, start: at, length: word.length });
  });
  found.sort(byEndThenLength);
  const line: ScannedLine = { number: 0, start: 0, end: 0, matchEnd: 0, count: 0, words: [], starts: [] };
  let next = 0;
  let lineStart = 0;
  for (let number = 0; lineStart <= end && next < found.length; number++) {
    let lineEnd = lineStart;
    while (lineEnd < end && !isBreak(folded.charCodeAt(lineEnd))) lineEnd++;
    line.count = 0;
    // Words never hold a line break, so a word that starts on this line ends on it.
    for (; next < found.length && found[next].start < lineEnd; next++) {
      line.words[line.count] = found[next].word;
      line.starts[line.count++] = found[next].start;
    }
    if (line.count > 0) {
      line.number = number;
      line.start = lineStart;
      line.end = lineEnd;
      line.matchEnd = lineEnd;
      onLine(line);
    }
    lineStart = lineEnd + 1;
  }
};
