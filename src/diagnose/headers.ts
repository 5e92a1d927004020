import type { Span } from '@/diagnose/types';

/** One response header as the text shows it. */
export interface HeaderField {
  /** The header's name in lower case. */
  readonly name: string;
  /** Its value, trimmed. */
  readonly value: string;
  /** Where the value is in the text. */
  readonly at: Span;
  /** The whole line (or the two lines of a `name:` / value pair copied from devtools). */
  readonly line: Span;
}

/** A response's status line (when the text has one) and the header lines after it. */
export interface ResponseHead {
  readonly status?: number;
  /** The status line, or the header line that gave the status. */
  readonly statusLine?: Span;
  readonly fields: readonly HeaderField[];
}

/** At most this many heads are read (curl -L prints one per redirect); later ones are ignored. */
export const MAX_HEADS = 8;
/** At most this many header lines are kept per head. */
export const MAX_FIELDS = 100;
/** A line longer than this is not a header line anyone pasted on purpose. */
const MAX_LINE = 4_000;

// `HTTP/1.1 502 Bad Gateway`, curl -v's `< HTTP/2 502`; devtools' HTTP/2 pseudo-header `:status: 502`
// and its "General" section's `Status Code: 502 Bad Gateway` give the status too (see statusOf).
const statusLine = /^(?:< ?)?HTTP\/\d(?:\.\d)? (?<status>[1-5]\d\d)(?:[ \t].{0,200})?$/;
// A space (or the end of the line) after the colon: `https://…` on a line of its own is a value.
const headerLine = /^(?:< ?)?(?<name>:?[A-Za-z][\w-]{0,63}(?: [A-Za-z][\w-]{0,31})?):(?:[ \t](?<value>.*))?$/;
const statusValue = /^(?<status>[1-5]\d\d)(?![0-9])/;

// A run of `name: value` lines without a status line is a response head only if it names one of these.
const responseOnly = new Set(['server', 'via', 'age', 'cf-ray', 'cf-cache-status', 'x-cache', 'x-served-by', 'x-amz-cf-id', 'x-azure-ref', 'x-vercel-id']);

interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Whether the line `text[start, end)` can be a status or header line: it starts with `H` or `<` (a
 * status line), or with a letter or `:` and has a colon after a name's length at most.
 */
const couldBeHead = (text: string, start: number, end: number): boolean => {
  const code = text.charCodeAt(start);
  if (code === 72 || code === 60) return true;
  if (!((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 58)) return false;
  // Looked for char by char within a name's length: indexOf would run on to the end of a colon-less text.
  for (let at = start + 1, stop = Math.min(end, start + 100); at < stop; at++) if (text.charCodeAt(at) === 58) return true;
  return false;
};

const statusOf = (name: string, value: string): number | undefined =>
  name === ':status' || name === 'status' || name === 'status code' ? Number(statusValue.exec(value)?.groups?.status) || undefined : undefined;

type Draft = { status?: number; statusLine?: Span; fields: HeaderField[] };

const isHead = (draft: Draft): boolean =>
  draft.statusLine !== undefined || (draft.fields.length >= 2 && draft.fields.some((f) => responseOnly.has(f.name)));

/** Collects heads line by line; `line()` says whether the line belonged to one. */
const headReader = () => {
  const heads: ResponseHead[] = [];
  let draft: Draft = { fields: [] };
  let pending: { name: string; start: number } | undefined;
  const close = () => {
    pending = undefined;
    if (draft.fields.length === 0 && draft.statusLine === undefined) return;
    if (isHead(draft) && heads.length < MAX_HEADS) heads.push(draft);
    draft = { fields: [] };
  };
  const add = (name: string, value: string, from: number, line: Line) => {
    const at = line.start + line.text.lastIndexOf(value);
    const span = { start: from, end: line.end };
    const status = statusOf(name, value);
    if (status !== undefined && draft.status === undefined) Object.assign(draft, { status, statusLine: span });
    if (draft.fields.length < MAX_FIELDS) draft.fields.push({ name, value, at: { start: at, end: at + value.length }, line: span });
  };
  const line = (line: Line): void => {
    const status = statusLine.exec(line.text)?.groups?.status;
    if (status) {
      close();
      draft = { status: Number(status), statusLine: { start: line.start, end: line.end }, fields: [] };
      return;
    }
    const header = headerLine.exec(line.text)?.groups;
    // Devtools' headers pane copies `Server:` and `nginx/1.22.1` on two lines.
    const value = pending && !header ? line.text.trim() : '';
    if (pending && value !== '') {
      add(pending.name, value, pending.start, line);
      pending = undefined;
      return;
    }
    if (!header?.name) return close();
    pending = undefined;
    const name = header.name.toLowerCase();
    const headerValue = header.value?.trim() ?? '';
    if (headerValue === '') pending = { name, start: line.start };
    else add(name, headerValue, line.start, line);
  };
  return { line, close, wantsValue: () => pending !== undefined, heads: () => (close(), heads) };
};

/**
 * The response heads in pasted text: `curl -sI` and `curl -v` output, a devtools "copy response
 * headers" (also `name:` and its value on two lines, as the headers pane copies), in order, at most
 * MAX_HEADS. A head starts at a status line and runs over the header lines after it; a run of header
 * lines without one counts only if it names a response-only header such as `server` or `cf-ray`.
 * Linear in the length of the text, and safe on any text.
 */
export const readResponseHeads = (text: string): ResponseHead[] => {
  const reader = headReader();
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length : newline;
    const end = next > start && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    // Most lines of a log cannot be part of a head: they are not cut out of the text unless a value is due.
    const wanted = end - start <= MAX_LINE && (reader.wantsValue() || couldBeHead(text, start, end));
    if (wanted) reader.line({ text: text.slice(start, end), start, end });
    else reader.close();
    if (newline < 0) break;
    start = newline + 1;
  }
  return reader.heads();
};
