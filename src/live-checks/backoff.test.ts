import { describe, expect, it } from 'vitest';
import { seeded } from '@/live-checks/seeded-random.test-helper';
import { DEFAULT_BACKOFF, MAX_RETRY_AFTER_MS, nextDelay, retryAfterMs } from '@/live-checks/backoff';


describe('nextDelay', () => {
  const noFloor = { floorMs: 0 };

  it('is random() * min(cap, base * 2^attempt)', () => {
    expect(nextDelay(0, noFloor, () => 0.5)).toBe(2_500);
    expect(nextDelay(3, noFloor, () => 0.5)).toBe(20_000);
    expect(nextDelay(20, noFloor, () => 0.5)).toBe(150_000); // capped at 5 min
    expect(nextDelay(20, noFloor, () => 0.999)).toBe(299_700);
  });

  it('keeps every jittered delay between the floor and the ceiling', () => {
    const random = seeded(42);
    for (let attempt = 0; attempt < 40; attempt += 1) {
      for (let i = 0; i < 50; i += 1) {
        const delay = nextDelay(attempt, {}, random);
        const ceiling = Math.min(DEFAULT_BACKOFF.capMs, DEFAULT_BACKOFF.baseMs * 2 ** attempt);
        expect(delay).toBeGreaterThanOrEqual(DEFAULT_BACKOFF.floorMs);
        expect(delay).toBeLessThanOrEqual(Math.max(DEFAULT_BACKOFF.floorMs, ceiling));
        expect(Number.isInteger(delay)).toBe(true);
      }
    }
  });

  it('never goes below the floor, even when random() is 0', () => {
    expect(nextDelay(0, {}, () => 0)).toBe(15_000);
    expect(nextDelay(10, { floorMs: 20_000 }, () => 0)).toBe(20_000);
  });

  it('falls back to the defaults for nonsense options and clamps a broken random()', () => {
    expect(nextDelay(Number.NaN, { baseMs: -1, capMs: Number.POSITIVE_INFINITY, floorMs: Number.NaN }, () => 0.5)).toBe(15_000);
    expect(nextDelay(1e9, {}, () => 2)).toBe(DEFAULT_BACKOFF.capMs);
    expect(nextDelay(5, {}, () => Number.NaN)).toBe(DEFAULT_BACKOFF.floorMs);
    expect(nextDelay(5, { baseMs: 0, floorMs: 0 }, () => 0.5)).toBe(0);
  });
});

describe('retryAfterMs', () => {
  const now = new Date('2024-03-01T12:00:00Z');

  it('reads delay-seconds', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
  });

  it('reads the three HTTP-date forms', () => {
    expect(retryAfterMs('Fri, 01 Mar 2024 12:02:00 GMT', now)).toBe(120_000);
    expect(retryAfterMs('Friday, 01-Mar-24 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Fri Mar  1 12:00:10 2024', now)).toBe(10_000);
  });

  it('caps long waits at one hour', () => {
    expect(retryAfterMs('86400', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs('99999999999999999999999', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs('Sat, 02 Mar 2024 12:00:00 GMT', now)).toBe(MAX_RETRY_AFTER_MS);
  });

  it.each([
    null,
    '',
    '   ',
    '-5',
    '1.5',
    '+10',
    '10s',
    '0x10',
    'soon',
    'Fri, 01 Mar 2024 11:00:00 GMT', // already past
    'Fri, 30 Feb 2024 12:02:00 GMT', // no such day
    'Fri, 01 Mar 2024 25:00:00 GMT',
    '2024-03-01T12:02:00Z', // not an HTTP-date
    '<script>alert(1)</script>',
    '1'.repeat(100_000),
  ])('ignores %j', (header) => {
    expect(retryAfterMs(header, now)).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    expect(retryAfterMs(42 as unknown as string, now)).toBeUndefined();
    expect(retryAfterMs('Fri, 01 Mar 2024 12:02:00 GMT', new Date(Number.NaN))).toBeUndefined();
  });
});
