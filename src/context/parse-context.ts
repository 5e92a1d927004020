import { contextParams, isAvailableLanguage, isContextName, isTimeOutOfRange, type ContextName, type ErrorContext } from '@/context/params';
import { WIZARD_PARAMS } from '@/engine/url';

/** Why a parameter of the link was not used. */
export type IgnoredReason = 'unknown-name' | 'repeated' | 'too-long' | 'invalid' | 'time-out-of-range' | 'unavailable-language' | 'query-too-long';
/** The reasons a note gives about one known parameter, by its name. */
export type NamedReason = Exclude<IgnoredReason, 'unknown-name' | 'query-too-long'>;

/**
 * One note for the person about what the link carried and the wizard did not use. Notes name only
 * parameters of the allow-list (our own words); names the wizard does not know are only counted, and
 * no note ever carries a value: nothing a link says is shown as the wizard's own words.
 */
export type IgnoredParam =
  /** `count` parameters had names the wizard does not use (one note for all of them). */
  | { readonly reason: 'unknown-name'; readonly count: number }
  /** The whole query was over MAX_QUERY_LENGTH: nothing in it was read. */
  | { readonly reason: 'query-too-long' }
  /** A known parameter that came more than once, or whose value was not used. */
  | { readonly reason: NamedReason; readonly name: ContextName };

/** Longest query string read at all; a longer one is ignored whole, with one note. */
export const MAX_QUERY_LENGTH = 8192;
/** Most notes returned; one per name and reason (and one for all unknown names), so junk cannot flood the page. */
export const MAX_NOTES = 20;

// C0 and C1 controls, line and paragraph separators, bidi controls, and lone surrogates.
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Form decoding as URLSearchParams does it, except that broken percent-encoding is undefined, not U+FFFD. */
const decode = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
};

type ValueReason = 'too-long' | 'invalid' | 'time-out-of-range';
type ValueResult = { ok: true; value: ErrorContext[ContextName] } | { ok: false; reason: ValueReason };

// The cap is checked on the encoded value first (at most 3 characters per decoded one), so nothing
// long is ever decoded, then on the decoded value.
const readValue = (name: ContextName, rawValue: string, now: Date): ValueResult => {
  const spec = contextParams[name];
  if (rawValue.length > spec.maxLength * 3) return { ok: false, reason: 'too-long' };
  const value = decode(rawValue);
  if (value === undefined || FORBIDDEN.test(value)) return { ok: false, reason: 'invalid' };
  if (value.length > spec.maxLength) return { ok: false, reason: 'too-long' };
  const parsed = spec.parse(value, now);
  if (parsed !== undefined) return { ok: true, value: parsed };
  return { ok: false, reason: name === 'time' && isTimeOutOfRange(value, now) ? 'time-out-of-range' : 'invalid' };
};

/**
 * Reads the context an error page put in the wizard's link (`location.search`, with or without `?`).
 * Never throws: whatever is not used is left out of the context and noted in `ignored`.
 */
export const parseContext = (search: string, now: Date): { context: ErrorContext; ignored: IgnoredParam[] } => {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) return { context: {}, ignored: [{ reason: 'query-too-long' }] };

  const context: Record<string, unknown> = {};
  const seen = new Set<string>();
  const ignored: IgnoredParam[] = [];
  let unknown = 0;
  let unknownAt = 0;
  const note = (name: ContextName, reason: NamedReason) => {
    if (!ignored.some((i) => 'name' in i && i.name === name && i.reason === reason)) ignored.push({ name, reason });
  };

  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? '' : pair.slice(equals + 1);
    const name = rawName.length <= 24 ? decode(rawName) : undefined;
    // The wizard's own parameters (journey, kept journey, report step) are not the link's details.
    if (name !== undefined && WIZARD_PARAMS.includes(name)) continue;
    if (name === undefined || !isContextName(name)) {
      if (unknown++ === 0) unknownAt = ignored.length;
      continue;
    }
    if (seen.has(name)) {
      note(name, 'repeated');
      continue;
    }
    seen.add(name);
    const result = readValue(name, rawValue, now);
    if (!result.ok) {
      note(name, result.reason);
      continue;
    }
    context[name] = result.value;
    if (name === 'lang' && !isAvailableLanguage(String(result.value))) note(name, 'unavailable-language');
  }
  // Unknown names get one note, with their count, where the first of them came.
  if (unknown > 0) ignored.splice(unknownAt, 0, { reason: 'unknown-name', count: unknown });
  return { context: context as ErrorContext, ignored: ignored.slice(0, MAX_NOTES) };
};

/** Whether a query string carries anything besides the wizard's own journey: then it came from a link with context. */
export const hasLinkContext = (search: string): boolean => {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query.split('&').some((pair) => pair !== '' && !WIZARD_PARAMS.includes(pair.split('=')[0]));
};

/** Writes a context back as a query string (without `?`) that parseContext reads to the same context. */
export const contextQuery = (context: ErrorContext): string =>
  (Object.keys(contextParams) as ContextName[])
    .filter((name) => context[name] !== undefined)
    .map((name) => `${name}=${encodeURIComponent(String(context[name]))}`)
    .join('&');
