/**
 * Re-checks a failing site until it answers again, gently: backoff with full jitter, Retry-After,
 * paused while the tab is hidden, and never more than a handful of requests a minute.
 * No browser globals: the probe, the timers, the clock, the random source and the page's visibility are
 * injected. The one runtime primitive used directly is AbortController, which every target (browsers,
 * Node) provides and which has no side effect of its own.
 */
import { DEFAULT_BACKOFF, nextDelay, retryAfterMs } from '@/live-checks/backoff';

/** What one request to the failing site found. */
export type ProbeResult =
  /** A readable answer (same origin, or CORS allows it). */
  | { kind: 'status'; status: number; retryAfter: string | null }
  /** The site answered with a redirect, which is reported and never followed. */
  | { kind: 'redirect' }
  /**
   * No answer the browser may read: no answer at all, or one the site does not let this page read
   * (no CORS headers). The browser does not say which.
   */
  | { kind: 'unreadable' }
  /** No answer, from a site whose answers this page can read: offline, DNS, TLS, connection refused or reset. */
  | { kind: 'network-error' };

export interface Visibility {
  isHidden(): boolean;
  /** Calls the listener when the page is hidden or shown; returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
}

export interface RecheckDeps {
  probe: (signal: AbortSignal) => Promise<ProbeResult>;
  // Method syntax so that the platform's own setTimeout and clearTimeout (whatever their handle type) fit.
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now: () => number;
  random: () => number;
  visibility: Visibility;
  /**
   * Start times of recent probes to the same site, shared by every rechecker for it. A new rechecker
   * (the visitor stopped and started again) then still keeps to the bound. Default: its own.
   */
  probeLog?: number[];
}

export interface RecheckOptions {
  /** At most this many probes in any window of `windowMs`, both ends included. Default 4. */
  maxProbesPerWindow?: number;
  /** The length of the rolling window, in milliseconds. Default 60 000. */
  windowMs?: number;
  /** Give up after this many probes. Default 30. */
  maxAttempts?: number;
  /** A probe with no answer after this long is aborted and counts as no answer. Default 10 000. */
  probeTimeoutMs?: number;
  /** Backoff ceiling of the first re-check, doubling each time. Default 5 000. */
  baseMs?: number;
  /** The backoff ceiling never grows past this. Default 300 000. */
  capMs?: number;
}

export type RecheckEventType = 'checking' | 'still-failing' | 'back' | 'paused' | 'resumed' | 'stopped';

export interface RecheckEvent {
  type: RecheckEventType;
  /** Probes started so far (the one being made, for 'checking'). */
  attempt: number;
  /** The status the site answered with, when the browser could read it. */
  status?: number;
  /** What the last probe found ('still-failing'): a status, a redirect, no readable answer, no answer, or a timeout. */
  result?: 'status' | 'redirect' | 'unreadable' | 'network-error' | 'timeout';
  /** When the next probe is due ('still-failing', 'resumed'); absent while paused. */
  nextCheckInMs?: number;
  /** Why the checks ended ('stopped'): the caller stopped them, or the attempts ran out. */
  reason?: 'requested' | 'max-attempts';
}

export type RecheckListener = (event: RecheckEvent) => void;

export interface Rechecker {
  /** Starts checking at once (or as soon as the page is visible). A second call does nothing. */
  start(listener: RecheckListener): void;
  /**
   * The visitor asked to check again: the next probe is due now, but still waits for the bound (and
   * for the page to be visible). Does nothing before start, after the end or while a probe is in flight.
   */
  checkNow(): void;
  /** Aborts the probe in flight, clears every timer and emits 'stopped'. Safe to call at any time. */
  stop(): void;
}

const positiveInteger = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;

export function createRechecker(deps: RecheckDeps, options: RecheckOptions = {}): Rechecker {
  const { probe, setTimeout: later, clearTimeout: cancel, now, random, visibility } = deps;
  const maxProbes = positiveInteger(options.maxProbesPerWindow, 4);
  const windowMs = positiveInteger(options.windowMs, 60_000);
  const maxAttempts = positiveInteger(options.maxAttempts, 30);
  const probeTimeoutMs = positiveInteger(options.probeTimeoutMs, 10_000);
  const backoff = {
    baseMs: options.baseMs ?? DEFAULT_BACKOFF.baseMs,
    capMs: options.capMs ?? DEFAULT_BACKOFF.capMs,
    // Delays of at least window / max keep the schedule inside the bound on their own.
    floorMs: Math.ceil(windowMs / maxProbes),
  };

  let listener: RecheckListener | undefined;
  let started = false;
  let done = false;
  let hidden = false;
  let attempt = 0;
  /** When the next probe is due (clock time). */
  let dueAt = 0;
  let timer: unknown;
  let hasTimer = false;
  let inFlight = false;
  let probeId = 0;
  let controller: AbortController | undefined;
  let probeTimer: unknown;
  let hasProbeTimer = false;
  let unsubscribe: (() => void) | undefined;
  /** Start times of the last `maxProbes` probes, possibly shared with earlier recheckers of the site. */
  const starts: number[] = deps.probeLog ?? [];

  const emit = (event: RecheckEvent) => {
    try {
      listener?.(event);
    } catch {
      // A broken listener must not break the schedule (or leave timers behind).
    }
  };

  /** The earliest time the next probe may start without breaking the bound. */
  const earliestAllowed = (): number =>
    starts.length < maxProbes ? -Infinity : starts[starts.length - maxProbes] + windowMs + 1;

  const clearTimer = () => {
    if (hasTimer) cancel(timer);
    hasTimer = false;
  };
  const clearProbeTimer = () => {
    if (hasProbeTimer) cancel(probeTimer);
    hasProbeTimer = false;
  };

  const cleanUp = () => {
    done = true;
    clearTimer();
    clearProbeTimer();
    inFlight = false;
    controller?.abort();
    controller = undefined;
    unsubscribe?.();
    unsubscribe = undefined;
  };

  const waitMs = () => Math.max(0, dueAt - now(), earliestAllowed() - now());

  /** Sets the timer for the next probe, unless one is running, the page is hidden or it is over. */
  const arm = () => {
    clearTimer();
    if (done || hidden || inFlight) return;
    timer = later(fire, waitMs());
    hasTimer = true;
  };

  const settle = (id: number, outcome: ProbeResult | { kind: 'timeout' }) => {
    if (done || !inFlight || id !== probeId) return; // stale: timed out, or stopped
    inFlight = false;
    clearProbeTimer();
    controller = undefined;

    const status = outcome.kind === 'status' ? outcome.status : undefined;
    // 429 Too Many Requests is not "back": the site asks to be left alone for a while (Retry-After).
    if (status !== undefined && status < 500 && status !== 429) {
      cleanUp();
      emit({ type: 'back', attempt, status });
      return;
    }
    if (attempt >= maxAttempts) {
      cleanUp();
      emit({ type: 'stopped', attempt, reason: 'max-attempts', ...(status === undefined ? {} : { status }) });
      return;
    }
    const at = now();
    let delay = nextDelay(attempt - 1, backoff, random);
    if (outcome.kind === 'status') {
      const asked = retryAfterMs(outcome.retryAfter, new Date(at));
      if (asked !== undefined && asked > delay) delay = asked;
    }
    dueAt = Math.max(at + delay, earliestAllowed());
    emit({ type: 'still-failing', attempt, result: outcome.kind, nextCheckInMs: dueAt - at, ...(status === undefined ? {} : { status }) });
    arm();
  };

  function fire() {
    hasTimer = false;
    if (done || hidden || inFlight) return;
    const at = now();
    if (at < earliestAllowed() || at < dueAt) {
      arm(); // an early timer or a clock that went back: wait, never probe early
      return;
    }
    attempt += 1;
    starts.push(at);
    while (starts.length > maxProbes) starts.shift();
    emit({ type: 'checking', attempt });
    if (done) return; // the listener stopped us

    const id = ++probeId;
    const ownController = new AbortController();
    controller = ownController;
    inFlight = true;
    probeTimer = later(() => {
      hasProbeTimer = false;
      if (id !== probeId || !inFlight) return;
      ownController.abort();
      settle(id, { kind: 'timeout' });
    }, probeTimeoutMs);
    hasProbeTimer = true;

    let pending: Promise<ProbeResult>;
    try {
      pending = Promise.resolve(probe(ownController.signal));
    } catch {
      pending = Promise.resolve({ kind: 'network-error' });
    }
    pending.then(
      (result) => settle(id, normalise(result)),
      () => settle(id, { kind: 'network-error' }),
    );
  }

  const readHidden = (): boolean => {
    try {
      return visibility.isHidden() === true;
    } catch {
      return false;
    }
  };

  const onVisibilityChange = () => {
    const nowHidden = readHidden();
    if (done || !started || nowHidden === hidden) return;
    hidden = nowHidden;
    if (hidden) {
      clearTimer();
      emit({ type: 'paused', attempt });
    } else {
      // The deadline kept running while hidden: an overdue check fires once, at once; otherwise it waits
      // out what is left of its delay.
      emit({ type: 'resumed', attempt, ...(inFlight ? {} : { nextCheckInMs: waitMs() }) });
      arm();
    }
  };

  return {
    start(newListener) {
      if (started || done) return;
      started = true;
      listener = newListener;
      hidden = readHidden();
      try {
        unsubscribe = visibility.onChange(onVisibilityChange);
      } catch {
        unsubscribe = undefined;
      }
      dueAt = now();
      if (hidden) emit({ type: 'paused', attempt });
      else arm();
    },
    checkNow() {
      if (!started || done || inFlight) return;
      dueAt = Math.min(dueAt, now());
      arm();
    },
    stop() {
      if (done) return;
      const wasStarted = started;
      cleanUp();
      if (wasStarted) emit({ type: 'stopped', attempt, reason: 'requested' });
    },
  };
}

/** Anything that is not a well-formed ProbeResult counts as no answer. */
function normalise(result: unknown): ProbeResult {
  if (typeof result !== 'object' || result === null) return { kind: 'network-error' };
  const { kind } = result as { kind?: unknown };
  if (kind === 'redirect' || kind === 'unreadable') return { kind };
  if (kind === 'status') {
    const { status, retryAfter } = result as { status?: unknown; retryAfter?: unknown };
    if (typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599) {
      return { kind: 'status', status, retryAfter: typeof retryAfter === 'string' ? retryAfter : null };
    }
  }
  return { kind: 'network-error' };
}
