import { getEngine } from '@/diagnose/engine';
import { buildFindings } from '@/diagnose/findings';
import { findIds } from '@/diagnose/ids';
import { lineMatcher } from '@/diagnose/match-lines';
import { originalOffset, rejoin, type Rejoined } from '@/diagnose/rejoin';
import { scanLines, scanShort, SHORT_TEXT } from '@/diagnose/scan';
import { textMarkers } from '@/diagnose/text-markers';
import type { Diagnosis, Finding, Span } from '@/diagnose/types';
import { unescapeText } from '@/diagnose/unescape';
import { withResponseHeads } from '@/diagnose/with-headers';

export type { Cause, Diagnosis, Finding, FoundId, ResponseFacts, Span } from '@/diagnose/types';
export type { ComponentId } from '@/diagnose/components';

/** Longer input is cut here (in UTF-16 code units) and the result says `truncated: true`. */
export const DIAGNOSE_MAX_INPUT = 1_000_000;

// Wrapped lines are looked for only in pastes this short: a wrapped paste is a few lines, and a long
// text read three times would cost more than it could find.
const MAX_REJOIN_INPUT = 100_000;

const EMPTY_MESSAGE = 'Paste an error page, a few log lines or the output of curl -sv first.';
const NOTHING_MESSAGE =
  "Nothing here matches a message Gateway Doctor knows. Paste the gateway's error-log lines from the minute of the error (for nginx, /var/log/nginx/error.log), the whole error page including its last line, or what curl -sv prints for the failing URL.";

const findingsOf = (text: string, end: number): Finding[] => {
  const read = end < text.length ? text.slice(0, end) : text;
  const engine = getEngine();
  const textHas = textMarkers(read);
  const { onLine, collected } = lineMatcher(read, engine, textHas);
  if (end <= SHORT_TEXT) scanShort(read, end, engine.index.words, onLine);
  else scanLines(read, end, engine.index.automaton(), onLine);
  return buildFindings(read, collected, engine.patterns, textHas);
};

/** Whether any finding says why, rather than only who answered. */
const saysWhy = (findings: readonly Finding[]) => findings.some((f) => f.cause !== 'other');

const joinable = /\S[ \t]{0,200}(?:\r\n|\n|\r)[ \t]{0,200}\S/;

const mapSpan = (rejoined: Rejoined, span: Span): Span => ({
  start: originalOffset(rejoined, span.start, false),
  end: originalOffset(rejoined, span.end, true),
});

/** Findings of a reading of the text (joined up, unescaped), in offsets of the original text. */
const mapFindings = (rejoined: Rejoined, findings: readonly Finding[]): Finding[] =>
  findings.map((f) => ({ ...f, evidence: mapSpan(rejoined, f.evidence), line: mapSpan(rejoined, f.line), supporting: f.supporting.map((s) => mapSpan(rejoined, s)) }));

/** Findings of the text with its escapes read back (JSON strings, HTML entities, Markdown), when they say more. */
const findingsOfEscaped = (read: string, found: readonly Finding[]): Finding[] => {
  const unescaped = unescapeText(read);
  if (!unescaped) return [];
  const findings = findingsOf(unescaped.text, unescaped.text.length);
  return saysWhy(findings) || (found.length === 0 && findings.length > 0) ? mapFindings(unescaped, findings) : [];
};

/** Findings of the text with wrapped lines joined up, in offsets of the original text; the first that says why. */
const findingsOfWrapped = (read: string): Finding[] => {
  // Nothing to join unless some line is followed by another that is not blank.
  if (!joinable.test(read)) return [];
  for (const glue of [' ', ''] as const) {
    const rejoined = rejoin(read, glue);
    if (rejoined.text === read) return [];
    const findings = findingsOf(rejoined.text, rejoined.text.length);
    if (saysWhy(findings)) return mapFindings(rejoined, findings);
  }
  return [];
};

/**
 * Reads pasted text (error pages, log lines, curl output) and says which component wrote it, why the
 * request failed, the evidence, the step of the 502 flow that fixes it, and the Ray IDs and request
 * ids it carries. When nothing in a short text says why, it tries again with its escapes read back (JSON
 * strings, HTML entities, Markdown), then with wrapped lines joined up.
 * Pure, linear in the length of the text, and safe on any input: it never throws on text.
 */
export const diagnose = (text: string): Diagnosis => {
  const input = typeof text === 'string' ? text : '';
  const end = Math.min(input.length, DIAGNOSE_MAX_INPUT);
  const truncated = input.length > DIAGNOSE_MAX_INPUT;
  const read = truncated ? input.slice(0, end) : input;
  let lineFindings = findingsOf(input, end);
  if (!saysWhy(lineFindings) && end <= MAX_REJOIN_INPUT) {
    const escaped = findingsOfEscaped(read, lineFindings);
    if (escaped.length > 0) lineFindings = escaped;
  }
  if (!saysWhy(lineFindings) && end <= MAX_REJOIN_INPUT) {
    const wrapped = findingsOfWrapped(read);
    if (wrapped.length > 0) lineFindings = wrapped;
  }
  // A response head (curl -sI, devtools) adds its facts, a cached error and the ids of its headers.
  const { findings, ids, response } = withResponseHeads(read, lineFindings, findIds(read));
  if (findings.length > 0) return { findings, ids, truncated, response };
  return { findings, ids, truncated, response, message: input.trim() === '' ? EMPTY_MESSAGE : NOTHING_MESSAGE };
};
