import { tellingHeaders } from '@/diagnose/header-facts';

/** A HAR longer than this (in UTF-16 code units, about as many bytes) is refused before it is parsed. */
export const HAR_MAX_CHARS = 30_000_000;
/** Deeper nesting than this is not a HAR (a real one nests about 6 deep) and is refused before parsing. */
export const HAR_MAX_DEPTH = 64;
/** At most this many failed requests are kept, in the order of the file. */
export const HAR_MAX_KEPT = 10;
const MAX_VALUE = 300;

/** HAR's timings in milliseconds; a phase the browser did not go through (`-1` in the file) is absent. */
export interface HarTimings {
  readonly blocked?: number;
  readonly dns?: number;
  readonly connect?: number;
  readonly ssl?: number;
  readonly send?: number;
  readonly wait?: number;
  readonly receive?: number;
}

/** What is kept of one failed request: no cookies, no bodies, no request headers, no query string. */
export interface HarEntry {
  readonly method: string;
  /** Scheme, host and path only. */
  readonly url: string;
  readonly status: number;
  readonly statusText: string;
  readonly httpVersion: string;
  readonly startedDateTime?: string;
  readonly serverIPAddress?: string;
  /** Only the response headers that say who answered, whether a cache did, and the ids (tellingHeaders). */
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly timings: HarTimings;
}

export type HarReading =
  | {
      readonly ok: true;
      readonly creator?: string;
      /** How many requests the file has, and how many of them failed with a 5xx. */
      readonly requests: number;
      readonly failures: number;
      /** The first HAR_MAX_KEPT of those failures, as much as is kept of each. */
      readonly failed: readonly HarEntry[];
    }
  | { readonly ok: false; readonly reason: 'too-large' | 'too-deep' | 'not-json' | 'not-har' };

type Json = unknown;

/** An own property of a parsed object, never one from a prototype (`__proto__`, `constructor`). */
const own = (value: Json, key: string): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key) ? (value as Record<string, Json>)[key] : undefined;

const text = (value: Json, pattern: RegExp): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim().slice(0, MAX_VALUE);
  return pattern.test(cleaned) ? cleaned : undefined;
};

const anything = /^/;

/** Whether `json` nests deeper than `limit`, read without parsing (strings and escapes skipped). */
const tooDeep = (json: string, limit: number): boolean => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
};

/** Scheme, host and path: a query or a fragment can hold tokens, and user:password@ is dropped. */
const urlOf = (value: Json): string | undefined => {
  const m = typeof value === 'string' ? /^(https?:\/\/)(?:[^@/?#\s]*@)?([^/?#\s@]{1,255})([^?#\s]{0,200})/i.exec(value) : null;
  return m ? `${m[1]}${m[2]}${m[3] || '/'}` : undefined;
};

const versionOf = (value: Json): string => {
  const v = typeof value === 'string' ? value.toLowerCase() : '';
  return v === 'h3' || v.startsWith('http/3') ? 'HTTP/3' : v === 'h2' || v.startsWith('http/2') ? 'HTTP/2' : v === 'http/1.0' ? 'HTTP/1.0' : 'HTTP/1.1';
};

const timingsOf = (value: Json): HarTimings => {
  const phases = ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'] as const;
  const timings: Partial<Record<(typeof phases)[number], number>> = {};
  for (const phase of phases) {
    const ms = own(value, phase);
    if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) timings[phase] = Math.round(Math.min(ms, 86_400_000) * 10) / 10;
  }
  return timings;
};

const headersOf = (value: Json): [string, string][] => {
  const kept: [string, string][] = [];
  for (const header of Array.isArray(value) ? value.slice(0, 500) : []) {
    const name = text(own(header, 'name'), /^[A-Za-z0-9-]{1,64}$/)?.toLowerCase();
    const headerValue = text(own(header, 'value'), /./);
    if (name && headerValue && tellingHeaders.has(name) && kept.length < 40) kept.push([name, headerValue]);
  }
  return kept;
};

const entryOf = (entry: Json): HarEntry | undefined => {
  const request = own(entry, 'request');
  const response = own(entry, 'response');
  const status = own(response, 'status');
  const url = urlOf(own(request, 'url'));
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 500 || status > 599 || !url) return undefined;
  return {
    method: text(own(request, 'method'), /^[A-Z]{1,16}$/) ?? 'GET',
    url,
    status,
    statusText: text(own(response, 'statusText'), anything)?.slice(0, 60) ?? '',
    httpVersion: versionOf(own(response, 'httpVersion')),
    startedDateTime: text(own(entry, 'startedDateTime'), /^\d{4}-\d\d-\d\dT[\d:.]{5,18}(?:Z|[+-]\d\d:?\d\d)$/),
    serverIPAddress: text(own(entry, 'serverIPAddress'), /^[0-9A-Fa-f:.[\]]{2,45}$/),
    headers: headersOf(own(response, 'headers')),
    timings: timingsOf(own(entry, 'timings')),
  };
};

/**
 * Reads a HAR file (HAR 1.2, as browsers' devtools save it) and keeps only the requests that failed
 * with a 5xx, each without cookies, bodies, request headers or query string. Refuses a file over
 * HAR_MAX_CHARS or nested deeper than HAR_MAX_DEPTH before parsing it. Pure; never throws.
 */
export const readHar = (json: string): HarReading => {
  if (json.length > HAR_MAX_CHARS) return { ok: false, reason: 'too-large' };
  if (tooDeep(json, HAR_MAX_DEPTH)) return { ok: false, reason: 'too-deep' };
  let parsed: Json;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const log = own(parsed, 'log');
  const entries = own(log, 'entries');
  if (!Array.isArray(entries)) return { ok: false, reason: 'not-har' };
  const failed: HarEntry[] = [];
  let failures = 0;
  for (const entry of entries) {
    const kept = entryOf(entry);
    if (kept) failures++;
    if (kept && failed.length < HAR_MAX_KEPT) failed.push(kept);
  }
  const creator = own(own(log, 'creator'), 'name');
  return { ok: true, creator: text(creator, /^[\w .-]{1,60}$/), requests: entries.length, failures, failed };
};

/** Whether pasted text is a HAR rather than text to classify: a JSON object with `"log"` near its start. */
export const looksLikeHar = (pasted: string): boolean => /^\uFEFF?\s*\{\s*"log"\s*:/.test(pasted.slice(0, 200));

/**
 * The failed requests as the classifier reads headers: a request line, then the response head as
 * `curl -sI` would print it, one block per request. This, not the HAR, is what the page shows and reads.
 */
export const harText = (entries: readonly HarEntry[]): string =>
  entries
    .map((e) => [`${e.method} ${e.url}`, `${e.httpVersion} ${e.status}${e.statusText ? ` ${e.statusText}` : ''}`, ...e.headers.map(([n, v]) => `${n}: ${v}`)].join('\n'))
    .join('\n\n');

/** What a failed request's timings say, for the page to put in words. */
export type TimingReading = 'answered-at-once' | 'waited-long' | 'slow-to-connect' | 'waited';

/**
 * Reads HAR timings: an error after a long `wait` is a gateway that waited for the app until a
 * timeout (most wait 30 or 60 s); one within a few hundred ms did not wait, so the connection to the
 * app failed at once; otherwise, time spent mostly before the request was sent (blocked, dns,
 * connect, ssl) is the way to the server, not the server.
 */
export const timingReading = (t: HarTimings): TimingReading | undefined => {
  if (t.wait === undefined) return undefined;
  const setup = (t.blocked ?? 0) + (t.dns ?? 0) + (t.connect ?? 0) + (t.ssl ?? 0);
  if (t.wait >= 30_000) return 'waited-long';
  if (t.wait < 300) return 'answered-at-once';
  return setup >= 1_000 && setup > t.wait ? 'slow-to-connect' : 'waited';
};
