import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seeded } from '@/live-checks/seeded-random.test-helper';
import { createRechecker, type ProbeResult, type RecheckEvent, type RecheckOptions } from '@/live-checks/recheck';


const failing: ProbeResult = { kind: 'status', status: 502, retryAfter: null };

/** A page whose visibility the test switches. */
function fakeVisibility(hidden = false) {
  const listeners = new Set<() => void>();
  return {
    isHidden: () => hidden,
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value: boolean) {
      hidden = value;
      for (const listener of listeners) listener();
    },
    listenerCount: () => listeners.size,
  };
}

interface SetupOptions {
  answer?: (attempt: number, signal: AbortSignal) => Promise<ProbeResult> | ProbeResult;
  random?: () => number;
  hidden?: boolean;
  options?: RecheckOptions;
  probeLog?: number[];
  probeTimes?: number[];
}

function setUp({ answer = () => failing, random = seeded(1), hidden = false, options, probeLog, probeTimes = [] }: SetupOptions = {}) {
  const signals: AbortSignal[] = [];
  const events: RecheckEvent[] = [];
  const visibility = fakeVisibility(hidden);
  const rechecker = createRechecker(
    {
      probe: async (signal) => {
        probeTimes.push(Date.now());
        signals.push(signal);
        return answer(probeTimes.length, signal);
      },
      setTimeout: globalThis.setTimeout,
      clearTimeout: globalThis.clearTimeout,
      now: Date.now,
      random,
      visibility,
      probeLog,
    },
    options,
  );
  rechecker.start((event) => events.push(event));
  return { rechecker, probeTimes, signals, events, visibility, types: () => events.map((e) => e.type) };
}

/** The most probes found in any 60 s window, both ends included (the busiest window starts at a probe). */
function maxPerWindow(times: number[], windowMs = 60_000): number {
  let max = 0;
  for (const start of times) {
    max = Math.max(max, times.filter((t) => t >= start && t <= start + windowMs).length);
  }
  return max;
}

const ONE_HOUR = 3_600_000;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2024-03-01T12:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the schedule', () => {
  it('probes at once, then waits a jittered backoff delay between the floor and the ceiling', async () => {
    const { probeTimes, events } = setUp({ random: seeded(7), options: { maxAttempts: 12 } });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(probeTimes[0]).toBe(new Date('2024-03-01T12:00:00Z').getTime());
    const stillFailing = events.filter((e) => e.type === 'still-failing');
    expect(stillFailing).toHaveLength(11);
    stillFailing.forEach((event, i) => {
      const ceiling = Math.min(300_000, 5_000 * 2 ** i);
      expect(event.nextCheckInMs).toBeGreaterThanOrEqual(15_000);
      expect(event.nextCheckInMs).toBeLessThanOrEqual(Math.max(15_000 + 1, ceiling));
      expect(probeTimes[i + 1] - probeTimes[i]).toBe(event.nextCheckInMs);
    });
  });

  it('follows the formula exactly for a given random()', async () => {
    const { events } = setUp({ random: () => 0.5, options: { maxAttempts: 8 } });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    const delays = events.filter((e) => e.type === 'still-failing').map((e) => e.nextCheckInMs);
    // 0.5 * 5 s * 2^n, floored at 15 s and capped at 5 min.
    expect(delays).toEqual([15_000, 15_000, 15_000, 20_000, 40_000, 80_000, 150_000]);
  });

  it('honours Retry-After in seconds when it is longer than the backoff', async () => {
    const { probeTimes } = setUp({
      random: () => 0,
      answer: () => ({ kind: 'status', status: 503, retryAfter: '120' }),
      options: { maxAttempts: 3 },
    });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(probeTimes[1] - probeTimes[0]).toBe(120_000);
    expect(probeTimes[2] - probeTimes[1]).toBe(120_000);
  });

  it('honours Retry-After as an HTTP-date', async () => {
    const { probeTimes } = setUp({
      random: () => 0,
      answer: () => ({ kind: 'status', status: 503, retryAfter: new Date(Date.now() + 90_000).toUTCString() }),
      options: { maxAttempts: 2 },
    });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(probeTimes[1] - probeTimes[0]).toBe(90_000);
  });

  it('keeps the backoff when Retry-After is shorter, and ignores garbage Retry-After', async () => {
    for (const retryAfter of ['1', 'soon', '-30', '<script>', 'Fri, 30 Feb 2024 12:00:00 GMT']) {
      const { probeTimes, rechecker } = setUp({
        random: () => 0.5,
        answer: () => ({ kind: 'status', status: 503, retryAfter }),
        options: { maxAttempts: 2 },
      });
      await vi.advanceTimersByTimeAsync(ONE_HOUR);
      expect(probeTimes[1] - probeTimes[0]).toBe(15_000);
      rechecker.stop();
    }
  });

  it('caps a Retry-After of a day at one hour', async () => {
    const { probeTimes } = setUp({
      answer: () => ({ kind: 'status', status: 503, retryAfter: '86400' }),
      options: { maxAttempts: 2 },
    });
    await vi.advanceTimersByTimeAsync(2 * ONE_HOUR);
    expect(probeTimes[1] - probeTimes[0]).toBe(ONE_HOUR);
  });
});

describe('the bound: never more than 4 probes in any 60 s', () => {
  // [name, setup, fewest probes expected in the hour (so the test proves it kept checking)]
  const cases: [string, SetupOptions, number][] = [
    ['random() always 0', { random: () => 0 }, 200],
    ['random() always 0.999', { random: () => 0.999 }, 15],
    ['a seeded random()', { random: seeded(2024) }, 15],
    ['Retry-After "0" on every answer', { random: () => 0, answer: () => ({ kind: 'status', status: 503, retryAfter: '0' }) }, 200],
    ['no answer at all', { random: () => 0, answer: () => ({ kind: 'network-error' }) }, 200],
    ['options that ask for no delay', { random: () => 0, options: { baseMs: 0, capMs: 0, maxProbesPerWindow: Number.NaN } }, 200],
  ];

  it.each(cases)('holds across an hour of failures with %s', async (_, setup, fewest) => {
    const { probeTimes } = setUp({ ...setup, options: { maxAttempts: 10_000, ...setup.options } });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(probeTimes.length).toBeGreaterThanOrEqual(fewest);
    expect(maxPerWindow(probeTimes)).toBeLessThanOrEqual(4);
  });

  it('reaches the bound exactly, and no further, when every delay is as short as it can be', async () => {
    const { probeTimes } = setUp({
      random: () => 0,
      answer: () => ({ kind: 'status', status: 503, retryAfter: '0' }),
      options: { maxAttempts: 10_000, baseMs: 0, capMs: 0 },
    });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(maxPerWindow(probeTimes)).toBe(4);
  });

  it('holds when the tab flips between hidden and visible every few seconds', async () => {
    const { probeTimes, visibility } = setUp({
      random: () => 0,
      answer: () => ({ kind: 'status', status: 503, retryAfter: '0' }),
      options: { maxAttempts: 10_000 },
    });
    for (let t = 0; t < ONE_HOUR; t += 1_000) {
      visibility.set((t / 1_000) % 3 === 0);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(probeTimes.length).toBeGreaterThan(50);
    expect(maxPerWindow(probeTimes)).toBeLessThanOrEqual(4);
  });

  it('holds for a configured bound too', async () => {
    const { probeTimes } = setUp({ random: () => 0, options: { maxProbesPerWindow: 2, maxAttempts: 10_000 } });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(maxPerWindow(probeTimes)).toBe(2);
  });

  it('stops after 30 attempts by default and says why', async () => {
    const { probeTimes, events } = setUp({ random: () => 0 });
    await vi.advanceTimersByTimeAsync(10 * ONE_HOUR);
    expect(probeTimes).toHaveLength(30);
    expect(events.at(-1)).toEqual({ type: 'stopped', attempt: 30, reason: 'max-attempts', status: 502 });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('checking again on request', () => {
  it('checkNow() probes at once when the bound allows it', async () => {
    const { rechecker, probeTimes } = setUp({ random: () => 0.999 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(probeTimes).toHaveLength(1);
    rechecker.checkNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(probeTimes).toHaveLength(2);
    expect(probeTimes[1] - probeTimes[0]).toBe(1_000);
  });

  it('never beats the bound, however often the visitor asks', async () => {
    const { rechecker, probeTimes } = setUp({ random: () => 0.999, options: { maxAttempts: 10_000 } });
    for (let t = 0; t < ONE_HOUR; t += 500) {
      rechecker.checkNow();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(probeTimes.length).toBeGreaterThan(200);
    expect(maxPerWindow(probeTimes)).toBeLessThanOrEqual(4);
  });

  it('does nothing before start, while a probe is in flight, or after the end', async () => {
    let release: (result: ProbeResult) => void = () => {};
    const { rechecker, probeTimes } = setUp({ answer: () => new Promise<ProbeResult>((resolve) => (release = resolve)) });
    await vi.advanceTimersByTimeAsync(0);
    rechecker.checkNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(probeTimes).toHaveLength(1);
    release({ kind: 'status', status: 200, retryAfter: null });
    await vi.advanceTimersByTimeAsync(0);
    rechecker.checkNow();
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(probeTimes).toHaveLength(1);
  });

  it('keeps the bound across recheckers that share a probe log (stop, start again, repeat)', async () => {
    const probeLog: number[] = [];
    const probeTimes: number[] = [];
    for (let t = 0; t < 10 * 60_000; t += 2_000) {
      const { rechecker } = setUp({ probeLog, probeTimes });
      await vi.advanceTimersByTimeAsync(1_000);
      rechecker.stop();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(probeTimes.length).toBeGreaterThanOrEqual(40);
    expect(maxPerWindow(probeTimes)).toBeLessThanOrEqual(4);
  });
});

describe('visibility', () => {
  it('sends nothing while the tab is hidden, and checks once it is shown', async () => {
    const { probeTimes, visibility, types } = setUp({ hidden: true });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(probeTimes).toHaveLength(0);
    expect(types()).toEqual(['paused']);
    visibility.set(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(probeTimes).toHaveLength(1);
    expect(types()).toEqual(['paused', 'resumed', 'checking', 'still-failing']);
  });

  it('pauses between checks and, once visible, waits out what is left of the delay', async () => {
    const { probeTimes, visibility, events } = setUp({ random: () => 0.5, options: { maxAttempts: 10 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(probeTimes).toHaveLength(1); // next one due in 15 s
    await vi.advanceTimersByTimeAsync(5_000);
    visibility.set(true);
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(probeTimes).toHaveLength(1);
    visibility.set(false);
    expect(events.at(-1)).toMatchObject({ type: 'resumed', nextCheckInMs: 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(probeTimes).toHaveLength(2); // overdue: checks once, at once
    await vi.advanceTimersByTimeAsync(14_999);
    expect(probeTimes).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(probeTimes).toHaveLength(3);
  });

  it('resumes with the remaining delay when shown again before it ran out', async () => {
    const { probeTimes, visibility, events } = setUp({ random: () => 0.5, options: { maxAttempts: 10 } });
    await vi.advanceTimersByTimeAsync(5_000);
    visibility.set(true);
    await vi.advanceTimersByTimeAsync(3_000);
    visibility.set(false);
    expect(events.at(-1)).toMatchObject({ type: 'resumed', nextCheckInMs: 7_000 });
    await vi.advanceTimersByTimeAsync(6_999);
    expect(probeTimes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(probeTimes).toHaveLength(2);
  });

  it('checks at once only once however often the tab flips back', async () => {
    const { probeTimes, visibility } = setUp({ random: () => 0.5, options: { maxAttempts: 10 } });
    await vi.advanceTimersByTimeAsync(0);
    visibility.set(true);
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    for (let i = 0; i < 20; i += 1) {
      visibility.set(false);
      await vi.advanceTimersByTimeAsync(0);
      visibility.set(true);
    }
    visibility.set(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(probeTimes).toHaveLength(2);
  });
});

describe('ending', () => {
  it('stop() aborts the probe in flight and leaves no timer behind', async () => {
    const { rechecker, signals, events, visibility } = setUp({
      answer: (_, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve(failing))),
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(signals).toHaveLength(1);
    expect(signals[0].aborted).toBe(false);
    rechecker.stop();
    expect(signals[0].aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(visibility.listenerCount()).toBe(0);
    expect(events.at(-1)).toEqual({ type: 'stopped', attempt: 1, reason: 'requested' });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(events.filter((e) => e.type === 'still-failing')).toHaveLength(0);
  });

  it('stop() between checks clears the timer', async () => {
    const { rechecker, probeTimes } = setUp();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(vi.getTimerCount()).toBe(1);
    rechecker.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(probeTimes).toHaveLength(1);
  });

  it('aborts a probe that hangs after 10 s and counts it as no answer', async () => {
    const { signals, events } = setUp({ answer: () => new Promise<ProbeResult>(() => {}), options: { maxAttempts: 2 } });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(signals[0].aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(signals[0].aborted).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'still-failing', result: 'timeout', attempt: 1 });
  });

  it("emits 'back' once when the site answers below 500, then stops checking", async () => {
    const { probeTimes, events, types } = setUp({
      answer: (attempt) => (attempt < 3 ? failing : { kind: 'status', status: 200, retryAfter: null }),
    });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(probeTimes).toHaveLength(3);
    expect(types().filter((t) => t === 'back')).toHaveLength(1);
    expect(events.at(-1)).toEqual({ type: 'back', attempt: 3, status: 200 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts 429 Too Many Requests as still failing and waits out its Retry-After', async () => {
    const { probeTimes, types } = setUp({
      answer: (attempt) => (attempt === 1 ? { kind: 'status', status: 429, retryAfter: '600' } : { kind: 'status', status: 200, retryAfter: null }),
    });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(types().indexOf('still-failing')).toBeLessThan(types().indexOf('back'));
    expect(types().filter((t) => t === 'back')).toHaveLength(1);
    expect(probeTimes).toHaveLength(2);
    expect(probeTimes[1] - probeTimes[0]).toBeGreaterThanOrEqual(600_000);
  });

  it('counts an answer it may not read as still failing, not as back', async () => {
    const { events } = setUp({ answer: () => ({ kind: 'unreadable' }), options: { maxAttempts: 2 } });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(events.filter((e) => e.type === 'still-failing').map((e) => e.result)).toEqual(['unreadable']);
    expect(events.at(-1)).toMatchObject({ type: 'stopped', reason: 'max-attempts' });
  });

  it('counts a redirect as an answer that says nothing about the page, not as back, and keeps checking', async () => {
    const { events, probeTimes } = setUp({ answer: () => ({ kind: 'redirect' }), options: { maxAttempts: 3 } });
    await vi.advanceTimersByTimeAsync(ONE_HOUR);
    expect(events.filter((e) => e.type === 'still-failing').map((e) => e.result)).toEqual(['redirect', 'redirect']);
    expect(events.some((e) => e.type === 'back')).toBe(false);
    expect(probeTimes).toHaveLength(3);
    expect(events.at(-1)).toMatchObject({ type: 'stopped', reason: 'max-attempts' });
  });

  it('counts a probe that throws or rejects as no answer, without an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const events: RecheckEvent[] = [];
      let calls = 0;
      const rechecker = createRechecker(
        {
          probe: (() => {
            calls += 1;
            if (calls === 1) throw new Error('synchronous');
            if (calls === 2) return Promise.reject(new TypeError('Failed to fetch'));
            return Promise.resolve({ kind: 'nonsense' });
          }) as never,
          setTimeout: globalThis.setTimeout,
          clearTimeout: globalThis.clearTimeout,
          now: Date.now,
          random: () => 0,
          visibility: fakeVisibility(),
        },
        { maxAttempts: 3 },
      );
      rechecker.start((event) => events.push(event));
      await vi.advanceTimersByTimeAsync(ONE_HOUR);
      vi.useRealTimers();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(events.filter((e) => e.type === 'still-failing').map((e) => e.result)).toEqual(['network-error', 'network-error']);
      expect(events.at(-1)).toMatchObject({ type: 'stopped', reason: 'max-attempts', attempt: 3 });
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
