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
 * an empty one) and calls `onLine` for every line that holds a word. Linear in `end`: each line's end
 * is found first (indexOf, the engine's own loop), so the automaton's loop over the line's characters
 * only steps from state to state.
 */
export const scanLines = (text: string, end: number, automaton: Automaton, onLine: (line: ScannedLine) => void): void => {
  const { classOf, width, delta, ready, complete, outputs, lengths } = automaton;
  const line: ScannedLine = { number: 0, start: 0, end: 0, matchEnd: 0, count: 0, words: [], starts: [] };
  // The next \n and \r at or after the current line's start, each found once and reused.
  let nextLf = -1;
  let nextCr = -1;
  const find = (needle: string, from: number) => {
    const at = text.indexOf(needle, from);
    return at < 0 || at > end ? end : at;
  };

  // A long text visits most states anyway: their rows are completed at once, and the loop below then
  // skips its check (a short paste completes only the few it reaches, which is cheaper than all).
  const whole = end > 65536;
  if (whole) for (let state = 0; state < ready.length; state++) if (ready[state] === 0) complete(state);
  for (let number = 0, lineStart = 0; lineStart <= end; number++) {
    if (nextLf < lineStart) nextLf = find('\n', lineStart);
    if (nextCr < lineStart) nextCr = find('\r', lineStart);
    const lineEnd = Math.min(nextLf, nextCr);
    // Past the cap, the rest of the line is not looked at.
    const matchEnd = Math.min(lineEnd, lineStart + LINE_MATCH_CAP);
    let state = 0;
    for (let i = lineStart; i < matchEnd; i++) {
      const code = text.charCodeAt(i);
      if (!whole && ready[state] === 0) complete(state);
      state = delta[state * width + (code < 128 ? classOf[code] : 0)];
      const found = outputs[state];
      if (found !== null)
        for (const word of found) {
          line.words[line.count] = word;
          line.starts[line.count++] = i + 1 - lengths[word];
        }
    }
    if (line.count > 0) {
      line.number = number;
      line.start = lineStart;
      line.end = lineEnd;
      line.matchEnd = matchEnd;
      onLine(line);
      line.count = 0;
    }
    lineStart = lineEnd + 1;
  }
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
