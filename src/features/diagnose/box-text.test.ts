import { describe, expect, it } from 'vitest';
import { boxText, groupDigits } from '@/features/diagnose/box-text';

describe('boxText', () => {
  it('keeps a short paste whole', () => {
    expect(boxText('upstream timed out', 100)).toEqual({ shown: 'upstream timed out', cut: 0 });
  });

  it('keeps the start of a long paste and counts what it leaves out', () => {
    const { shown, cut } = boxText('x'.repeat(250), 100);
    expect(shown).toBe('x'.repeat(100));
    expect(cut).toBe(150);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const { shown, cut } = boxText(`${'a'.repeat(99)}😀b`, 100);
    expect(shown).toBe('a'.repeat(99));
    expect(cut).toBe(3);
  });

  it('keeps only the start of a text in many scripts, which is slow to lay out', () => {
    const scripts = Array.from({ length: 200 }, (_, block) => String.fromCodePoint(0x100 * (block + 1) + 0x41)).join('');
    const { shown, cut } = boxText(scripts.repeat(20));
    expect(shown).toHaveLength(1_000);
    expect(cut).toBe(3_000);
    // A log in one or two scripts (Japanese messages among ASCII) keeps the usual length.
    const log = '2026/12/04 エラー: upstream timed out 接続がタイムアウトしました\n'.repeat(400);
    expect(boxText(log).shown).toHaveLength(10_000);
  });
});

describe('groupDigits', () => {
  it('groups thousands with commas', () => {
    expect([0, 999, 1000, 990_000, 1_000_000].map((count) => groupDigits(count))).toEqual(['0', '999', '1,000', '990,000', '1,000,000']);
  });

  it("groups them with the page's separator", () => {
    expect(groupDigits(1_000_000, '.')).toBe('1.000.000');
  });
});
