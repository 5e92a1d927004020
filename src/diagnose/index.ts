import { getEngine } from '@/diagnose/engine';
import { buildFindings } from '@/diagnose/findings';
import { findIds } from '@/diagnose/ids';
import { lineMatcher } from '@/diagnose/match-lines';
import { scanLines } from '@/diagnose/scan';
import type { Diagnosis } from '@/diagnose/types';
import { withResponseHeads } from '@/diagnose/with-headers';

export type { Cause, Diagnosis, Finding, FoundId, ResponseFacts, Span } from '@/diagnose/types';
export type { ComponentId } from '@/diagnose/components';

/** Longer input is cut here (in UTF-16 code units) and the result says `truncated: true`. */
export const DIAGNOSE_MAX_INPUT = 1_000_000;

const EMPTY_MESSAGE = 'Paste an error page, a few log lines or the output of curl -sv first.';
const NOTHING_MESSAGE =
  "Nothing here matches a message Gateway Doctor knows. Paste the gateway's error-log lines from the minute of the error (for nginx, /var/log/nginx/error.log), the whole error page including its last line, or what curl -sv prints for the failing URL.";

/**
 * Reads pasted text (error pages, log lines, curl output) and says which component wrote it, why the
 * request failed, the evidence, the step of the 502 flow that fixes it, and the Ray IDs and request
 * ids it carries. Pure, linear in the length of the text, and safe on any input: it never throws on text.
 */
export const diagnose = (text: string): Diagnosis => {
  const input = typeof text === 'string' ? text : '';
  const end = Math.min(input.length, DIAGNOSE_MAX_INPUT);
  const truncated = input.length > DIAGNOSE_MAX_INPUT;
  const engine = getEngine();
  const { onLine, collected } = lineMatcher(input, engine);
  scanLines(input, end, engine.index.automaton, onLine);
  const read = truncated ? input.slice(0, end) : input;
  // A response head (curl -sI, devtools) adds its facts, a cached error and the ids of its headers.
  const { findings, ids, response } = withResponseHeads(read, buildFindings(read, collected, engine.patterns), findIds(read));
  if (findings.length > 0) return { findings, ids, truncated, response };
  return { findings, ids, truncated, response, message: input.trim() === '' ? EMPTY_MESSAGE : NOTHING_MESSAGE };
};
