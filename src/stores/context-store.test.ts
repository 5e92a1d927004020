import { describe, expect, it } from 'vitest';
import { hasErrorDetails, hasPanel } from '@/stores/context-store';

describe('the "What the error page\'s link told us" panel', () => {
  const state = (context: Record<string, unknown>, ignored: unknown[] = []) => ({ context, ignored, forgotten: false }) as unknown as Parameters<typeof hasPanel>[0];

  it("is not shown for the reader's language alone, which says nothing about the error", () => {
    expect(hasErrorDetails({ lang: 'es' })).toBe(false);
    expect(hasPanel(state({ lang: 'es' }))).toBe(false);
  });

  it('is shown for any detail of the error, and for a detail the guide refused', () => {
    expect(hasPanel(state({ lang: 'es', status: 502 }))).toBe(true);
    expect(hasPanel(state({}, [{ name: 'url', reason: 'too-long' }]))).toBe(true);
    expect(hasPanel(state({}))).toBe(false);
  });
});
