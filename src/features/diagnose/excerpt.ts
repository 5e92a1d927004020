/** A piece of pasted text around a match: what comes before it, the match itself, and what follows. */
export interface Excerpt {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/** How far past an unclosed "(" the mark may reach for its ")". */
const MAX_PARENTHESIS_TAIL = 120;

/**
 * Where the mark ends: a match that opens a parenthesis and stops inside it ("failed (2: ") is marked
 * up to the ")" on its line, so the error's words ("No such file or directory") are marked with its
 * number; they are what tells error 2 from 13 or 111.
 */
const toClosingParenthesis = (text: string, from: number, to: number, lineEnd: number): number => {
  let open = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 40) open++;
    else if (code === 41 && open > 0) open--;
  }
  if (open === 0) return to;
  const close = text.indexOf(')', to);
  return close >= 0 && close < lineEnd && close - to <= MAX_PARENTHESIS_TAIL ? close + 1 : to;
};

/**
 * The line (or lines) holding `text[start, end)`, cut to `context` characters either side of the
 * match, with an ellipsis where it was cut. Out-of-range offsets are clamped, never thrown on.
 */
export const excerptAround = (text: string, start: number, end: number, context = 160): Excerpt => {
  const from = Math.max(0, Math.min(start, text.length));
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const matched = Math.max(from, Math.min(end, text.length));
  const newline = text.indexOf('\n', matched);
  const lineEnd = newline < 0 ? text.length : newline;
  const to = toClosingParenthesis(text, from, matched, lineEnd);
  const cutStart = Math.max(lineStart, from - context);
  const cutEnd = Math.min(lineEnd, to + context);
  return {
    before: (cutStart > lineStart ? '…' : '') + text.slice(cutStart, from),
    match: text.slice(from, to),
    after: text.slice(to, cutEnd).replace(/\r$/, '') + (cutEnd < lineEnd ? '…' : ''),
  };
};

/** At most this many lines of evidence are shown for one finding. */
export const MAX_EVIDENCE_LINES = 4;

/**
 * The excerpts of a finding's evidence (the first span) and then of what supports it (its error page,
 * its headers) in the order of the text, one per line: a second mark on a line already shown is not
 * repeated.
 */
export const evidenceExcerpts = (text: string, spans: readonly { start: number; end: number }[]): Excerpt[] => {
  const lineStart = (at: number) => text.lastIndexOf('\n', Math.max(0, Math.min(at, text.length)) - 1) + 1;
  const byLine = new Map<number, { start: number; end: number }>();
  for (const span of spans) if (!byLine.has(lineStart(span.start)) && byLine.size < MAX_EVIDENCE_LINES) byLine.set(lineStart(span.start), span);
  const [evidence, ...supporting] = byLine.values();
  return evidence ? [evidence, ...supporting.sort((a, b) => a.start - b.start)].map((span) => excerptAround(text, span.start, span.end)) : [];
};
