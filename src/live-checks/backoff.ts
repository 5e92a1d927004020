/**
 * The schedule of the live re-check: exponential backoff with full jitter, and Retry-After.
 * Pure functions: the caller passes the clock and the random source.
 */

export interface BackoffOptions {
  /** Ceiling of the first delay, in milliseconds; it doubles with every attempt. */
  baseMs: number;
  /** The ceiling never grows past this, in milliseconds. */
  capMs: number;
  /**
   * No delay is shorter than this, in milliseconds. The default, 15 s, is 60 s / 4: delays of at least
   * this length keep a re-check under 4 requests a minute by themselves (recheck.ts enforces the bound
   * as well, whatever the delays).
   */
  floorMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 5_000, capMs: 300_000, floorMs: 15_000 };

/** Retry-After values longer than this are capped to it: one hour. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

const nonNegative = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;

/**
 * The delay before re-check number `attempt + 1` (attempt 0 is the delay after the first failure):
 * `random() * min(cap, base * 2^attempt)`, never below the floor. Returns whole milliseconds.
 * Options that are missing, negative or not finite fall back to the defaults; `random()` is clamped to [0, 1].
 */
export function nextDelay(attempt: number, options: Partial<BackoffOptions>, random: () => number): number {
  const floor = nonNegative(options.floorMs, DEFAULT_BACKOFF.floorMs);
  const cap = nonNegative(options.capMs, DEFAULT_BACKOFF.capMs);
  const base = nonNegative(options.baseMs, DEFAULT_BACKOFF.baseMs);
  // 2^60 already dwarfs any cap; the limit keeps base * 2^attempt finite.
  const exponent = Number.isFinite(attempt) && attempt > 0 ? Math.min(Math.floor(attempt), 60) : 0;
  const ceiling = Math.min(cap, base * 2 ** exponent);
  const r = random();
  const jitter = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0;
  return Math.max(floor, Math.floor(jitter * ceiling));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
// The three forms RFC 9110 section 5.6.7 tells recipients to accept.
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC850_DATE = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
const ASCTIME_DATE = new RegExp(`^${DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

function utc(year: number, month: string, day: number, hour: number, minute: number, second: number): number | undefined {
  const monthIndex = MONTHS.indexOf(month);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const time = Date.UTC(year, monthIndex, day, hour, minute, second);
  // Date.UTC rolls 30 Feb over into March: a date that does not round-trip does not exist.
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === monthIndex && date.getUTCDate() === day ? time : undefined;
}

function parseHttpDate(value: string, now: Date): number | undefined {
  let match = IMF_FIXDATE.exec(value);
  if (match) {
    const [, day, month, year, hour, minute, second] = match;
    return utc(Number(year), month, Number(day), Number(hour), Number(minute), Number(second));
  }
  match = RFC850_DATE.exec(value);
  if (match) {
    const [, day, month, yy, hour, minute, second] = match;
    // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
    const thisYear = now.getUTCFullYear();
    let year = thisYear - (thisYear % 100) + Number(yy);
    if (year > thisYear + 50) year -= 100;
    return utc(year, month, Number(day), Number(hour), Number(minute), Number(second));
  }
  match = ASCTIME_DATE.exec(value);
  if (match) {
    const [, month, day, hour, minute, second, year] = match;
    return utc(Number(year), month, Number(day.trim()), Number(hour), Number(minute), Number(second));
  }
  return undefined;
}

/**
 * How long a Retry-After header asks to wait, in milliseconds: delay-seconds ("120") or an HTTP-date.
 * Returns undefined for a missing or malformed header and for a date already past; caps the wait at
 * one hour. Never throws.
 */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (typeof header !== 'string') return undefined;
  const value = header.trim();
  if (value === '' || value.length > 64) return undefined;
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS);
  const nowMs = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(nowMs)) return undefined;
  const at = parseHttpDate(value, now);
  if (at === undefined || at < nowMs) return undefined;
  return Math.min(at - nowMs, MAX_RETRY_AFTER_MS);
}
