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
