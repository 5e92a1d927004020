/** A piece of pasted text around a match: what comes before it, the match itself, and what follows. */
export interface Excerpt {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/**
 * The line (or lines) holding `text[start, end)`, cut to `context` characters either side of the
 * match, with an ellipsis where it was cut. Out-of-range offsets are clamped, never thrown on.
 */
export const excerptAround = (text: string, start: number, end: number, context = 160): Excerpt => {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const newline = text.indexOf('\n', to);
  const lineEnd = newline < 0 ? text.length : newline;
  const cutStart = Math.max(lineStart, from - context);
  const cutEnd = Math.min(lineEnd, to + context);
  return {
    before: (cutStart > lineStart ? '…' : '') + text.slice(cutStart, from),
    match: text.slice(from, to),
    after: text.slice(to, cutEnd).replace(/\r$/, '') + (cutEnd < lineEnd ? '…' : ''),
  };
};
