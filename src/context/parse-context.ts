import { contextParams, isAvailableLanguage, isContextName, type ContextName, type ErrorContext } from '@/context/params';

/** Why a parameter of the link was not used. */
export type IgnoredReason = 'unknown-name' | 'repeated' | 'too-long' | 'invalid' | 'unavailable-language' | 'query-too-long';

/** One note for the person: which parameter was not used and why. Never carries the value. */
export interface IgnoredParam {
  /** The parameter's name, cut to 40 characters, control and formatting characters removed. */
  readonly name: string;
  readonly reason: IgnoredReason;
}

/** Longest query string read at all; a longer one is ignored whole, with one note. */
export const MAX_QUERY_LENGTH = 8192;
/** Most notes returned; one per name and reason, so a flood of junk cannot flood the page. */
export const MAX_NOTES = 20;
/** The wizard's own parameters (JOURNEY_PARAM and KEPT_PARAM in src/engine/url.ts, the report's `at`): not ours to judge. */
const OWN_PARAMS: readonly string[] = ['a', 'k', 'at'];
const MAX_NAME_SHOWN = 40;

// C0 and C1 controls, line and paragraph separators, bidi controls, and lone surrogates.
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const NOT_SHOWN = /[\p{Cc}\p{Cf}\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Form decoding as URLSearchParams does it, except that broken percent-encoding is undefined, not U+FFFD. */
const decode = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
};

const shownName = (rawName: string): string => {
  const head = rawName.slice(0, MAX_NAME_SHOWN * 12);
  const text = (decode(head) ?? head).replace(NOT_SHOWN, '');
  return Array.from(text).slice(0, MAX_NAME_SHOWN).join('');
};

type ValueResult = { ok: true; value: ErrorContext[ContextName] } | { ok: false; reason: IgnoredReason };

// The cap is checked on the encoded value first (at most 3 characters per decoded one), so nothing
// long is ever decoded, then on the decoded value.
const readValue = (name: ContextName, rawValue: string, now: Date): ValueResult => {
  const spec = contextParams[name];
  if (rawValue.length > spec.maxLength * 3) return { ok: false, reason: 'too-long' };
  const value = decode(rawValue);
  if (value === undefined || FORBIDDEN.test(value)) return { ok: false, reason: 'invalid' };
  if (value.length > spec.maxLength) return { ok: false, reason: 'too-long' };
  const parsed = spec.parse(value, now);
  return parsed === undefined ? { ok: false, reason: 'invalid' } : { ok: true, value: parsed };
};

/**
 * Reads the context an error page put in the wizard's link (`location.search`, with or without `?`).
 * Never throws: whatever is not used is left out of the context and named in `ignored`.
 */
export const parseContext = (search: string, now: Date): { context: ErrorContext; ignored: IgnoredParam[] } => {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) return { context: {}, ignored: [{ name: '', reason: 'query-too-long' }] };

  const context: Record<string, unknown> = {};
  const seen = new Set<string>();
  const ignored: IgnoredParam[] = [];
  const note = (name: string, reason: IgnoredReason) => {
    const entry = { name: shownName(name), reason };
    const duplicate = ignored.some((i) => i.name === entry.name && i.reason === reason);
    if (!duplicate && ignored.length < MAX_NOTES) ignored.push(entry);
  };

  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? '' : pair.slice(equals + 1);
    const name = rawName.length <= 24 ? decode(rawName) : undefined;
    if (name !== undefined && OWN_PARAMS.includes(name)) continue;
    if (name === undefined || !isContextName(name)) {
      note(rawName, 'unknown-name');
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
  return { context: context as ErrorContext, ignored };
};

/** Whether a query string carries anything besides the wizard's own journey: then it came from a link with context. */
export const hasLinkContext = (search: string): boolean => {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query.split('&').some((pair) => pair !== '' && !OWN_PARAMS.includes(pair.split('=')[0]));
};

/** Writes a context back as a query string (without `?`) that parseContext reads to the same context. */
export const contextQuery = (context: ErrorContext): string =>
  (Object.keys(contextParams) as ContextName[])
    .filter((name) => context[name] !== undefined)
    .map((name) => `${name}=${encodeURIComponent(String(context[name]))}`)
    .join('&');
