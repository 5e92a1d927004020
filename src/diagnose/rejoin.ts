/**
 * Lines that a terminal, an email or an issue tracker wrapped, joined up again. A terminal breaks a
 * line at its width, in the middle of a word; an email or an editor breaks it between words and drops
 * the space. Neither says which it did, so there are two ways to join: with nothing and with a space.
 * A blank line still ends a paragraph, and the indentation of a continuation line is dropped.
 */
export interface Rejoined {
  readonly text: string;
  /** For each character of `text`, its offset in the original text. */
  readonly origin: Uint32Array;
}

const isBreak = (code: number) => code === 10 || code === 13;
const isBlank = (code: number) => code === 32 || code === 9;

/** Joins every line with the next unless a blank line separates them; `glue` goes between them. */
export const rejoin = (text: string, glue: '' | ' '): Rejoined => {
  const out: string[] = [];
  const origin = new Uint32Array(text.length + 1);
  let length = 0;
  const push = (from: number, to: number) => {
    out.push(text.slice(from, to));
    for (let i = from; i < to; i++) origin[length++] = i;
  };
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!isBreak(text.charCodeAt(i))) {
      i++;
      continue;
    }
    push(start, i);
    // One break (CRLF counts as one), then the next line's indentation.
    let next = i + (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
    while (next < text.length && isBlank(text.charCodeAt(next))) next++;
    if (next >= text.length || isBreak(text.charCodeAt(next))) {
      // A blank line: keep the break.
      push(i, i + 1);
    } else if (glue === ' ' && length > 0 && !isBlank(text.charCodeAt(i - 1)) && !isBreak(text.charCodeAt(i - 1))) {
      out.push(' ');
      origin[length++] = i;
    }
    start = next;
    i = next;
  }
  push(start, text.length);
  return { text: out.join(''), origin: origin.subarray(0, length) };
};

/** The offset in the original text of an offset into the rejoined one (an end offset stays an end). */
export const originalOffset = (rejoined: Rejoined, offset: number, isEnd: boolean): number => {
  if (rejoined.origin.length === 0) return 0;
  if (!isEnd) return rejoined.origin[Math.min(offset, rejoined.origin.length - 1)];
  return offset === 0 ? 0 : rejoined.origin[Math.min(offset, rejoined.origin.length) - 1] + 1;
};
