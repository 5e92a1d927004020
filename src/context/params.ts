/**
 * The query parameters an error page may pass to the wizard, as data: each name, its cap and the
 * parser that turns its decoded value into a fact or rejects it. Names and values are case-sensitive.
 * Pure TypeScript: no DOM, nothing from the app. The contract for error-page authors is in
 * docs/context-links.md.
 */

import { localeOfTag } from '@/registry/locales';
import { viaIds, type ProductId } from '@/registry/products';

/** Products an error page can name in `via` (src/registry/products.ts); each has a branch in the flow. */
export const gatewayIds: readonly ProductId[] = viaIds;
export type GatewayId = ProductId;

/** Who the error page thinks is reading: `who`. */
export const audiences = ['visitor', 'owner', 'proxy'] as const;
export type Audience = (typeof audiences)[number];


/** What the link told us. Every field is optional and already validated; `url` is text to show, never HTML. */
export interface ErrorContext {
  url?: string;
  status?: number;
  rid?: string;
  ray?: string;
  /** UTC, as `Date.prototype.toISOString` writes it. */
  time?: string;
  via?: GatewayId;
  who?: Audience;
  lang?: string;
}

export type ContextName = keyof ErrorContext;

interface ParamSpec<K extends ContextName> {
  /** Longest decoded value accepted, in UTF-16 code units. */
  readonly maxLength: number;
  /** The fact, or undefined when the value is not one this parameter accepts. */
  readonly parse: (value: string, now: Date) => ErrorContext[K] | undefined;
}

const DAY_MS = 86_400_000;
const oneOf = <T extends string>(list: readonly T[]) => (value: string): T | undefined =>
  (list as readonly string[]).includes(value) ? (value as T) : undefined;

// Only what the person would see is accepted: a backslash is read as "/" by the URL parser, so
// `http:/\evil` would show one thing and lead to another. Credentials are never shown.
const parseUrl = (value: string): string | undefined => {
  if (!/^https?:\/\//i.test(value) || value.includes('\\')) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.username = '';
  url.password = '';
  return url.href;
};

const parseStatus = (value: string): number | undefined => {
  const status = /^[45]\d\d$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(status) ? status : undefined;
};

// Request ids as gateways write them: hex digits, in groups joined by `-`, `_`, `.` or `:` (nginx's
// $request_id, UUIDs from Caddy, Envoy and the clouds, HAProxy's unique-id), after at most one short
// prefix of letters (`req-`, `req_`). Letters beyond a-f only in that prefix, so a link cannot write a
// sentence or a prompt ("CALL-SUPPORT-...") where the page shows an id.
const HEX_REQUEST_ID = /^(?:[A-Za-z]{1,8}[-_])?[0-9A-Fa-f]+(?:[-_.:][0-9A-Fa-f]+)*$/;
// Apache's mod_unique_id (the ready-made Apache page sends it): 24 characters (19 before 2.4) of the
// alphabet [A-Za-z0-9@-], binary data written like base64, so with digits and both cases, no spaces.
const APACHE_UNIQUE_ID = /^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?:[A-Za-z0-9@-]{19}|[A-Za-z0-9@-]{24})$/;
const parseRequestId = (value: string): string | undefined =>
  HEX_REQUEST_ID.test(value) || APACHE_UNIQUE_ID.test(value) ? value : undefined;

// The colo suffix is always upper case on Cloudflare's pages; the hex part is shown lower case.
const parseRay = (value: string): string | undefined => {
  const match = /^([0-9a-fA-F]{16})(-[A-Z]{3})?$/.exec(value);
  return match ? match[1].toLowerCase() + (match[2] ?? '') : undefined;
};

// A `+` in an unencoded offset arrives as a space (form encoding), so a space there is read as `+`.
const ISO = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?(?:(Z)|([+\- ])(\d\d):?(\d\d))$/;

const isoToMs = (value: string): number | undefined => {
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const [offsetHours, offsetMinutes] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  const fraction = Number(`0.${m[7] ?? '0'}`) * 1000;
  const sign = m[9] === '-' ? -1 : 1;
  const offset = m[8] ? 0 : sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  return Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(fraction) - offset;
};

// Unix time: seconds (nginx's $msec adds up to three decimals) or, from 12 digits on, milliseconds.
const unixToMs = (value: string): number | undefined => {
  if (!/^\d{1,13}(?:\.\d{1,3})?$/.test(value)) return undefined;
  const n = Number(value);
  return value.includes('.') || n < 1e11 ? Math.round(n * 1000) : n;
};

/**
 * Whether a well-formed time lies outside what the guide takes (30 days back to 1 day ahead): a clock
 * set wrong, or an old link, deserves its own reason rather than "not a value the guide accepts".
 */
export const isTimeOutOfRange = (value: string, now: Date): boolean => {
  const ms = isoToMs(value) ?? unixToMs(value);
  return ms !== undefined && !(ms >= now.getTime() - 30 * DAY_MS && ms <= now.getTime() + DAY_MS);
};

const parseTime = (value: string, now: Date): string | undefined => {
  const ms = isoToMs(value) ?? unixToMs(value);
  if (ms === undefined || isTimeOutOfRange(value, now)) return undefined;
  return new Date(ms).toISOString();
};

const parseLang = (value: string): string | undefined => {
  if (!/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(value)) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
};

/** Whether the wizard has content in the language of this (canonical) tag (src/registry/locales.ts). */
export const isAvailableLanguage = (tag: string): boolean => localeOfTag(tag) !== undefined;

/** The allow-list. A name not here is ignored and reported; so is a value its parser rejects. */
export const contextParams: { readonly [K in ContextName]-?: ParamSpec<K> } = {
  /** The failing URL: absolute http: or https: only, credentials removed, shown as text only. */
  url: { maxLength: 2048, parse: parseUrl },
  /** The HTTP status the gateway answered: an integer 400-599 (502 expected; 500, 503, 504, 520-527, 530 too). */
  status: { maxLength: 3, parse: parseStatus },
  /** The request id the gateway logged (nginx `$request_id`, `X-Request-Id`, ...): hex groups, perhaps after a short letter prefix, or Apache's UNIQUE_ID. */
  rid: { maxLength: 64, parse: parseRequestId },
  /** Cloudflare's Ray ID: 16 hex digits, optionally `-` and the three-letter colo code (`-LHR`). */
  ray: { maxLength: 20, parse: parseRay },
  /** When it failed: ISO 8601 with a time zone, or Unix seconds or milliseconds; 30 days back to 1 day ahead of now. */
  time: { maxLength: 40, parse: parseTime },
  /** The gateway that answered, one of gatewayIds. */
  via: { maxLength: 24, parse: oneOf(gatewayIds) },
  /** Who is reading: visitor, owner or proxy. */
  who: { maxLength: 8, parse: oneOf(audiences) },
  /** The reader's language, a BCP 47 tag; unavailable languages are kept and reported. */
  lang: { maxLength: 35, parse: parseLang },
};

/** Whether a decoded query parameter name is on the allow-list. */
export const isContextName = (name: string): name is ContextName => Object.hasOwn(contextParams, name);
