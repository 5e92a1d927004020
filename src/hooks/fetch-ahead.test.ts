import { describe, expect, it } from 'vitest';
import { mayPrefetchAhead } from '@/hooks/fetch-ahead';

describe('mayPrefetchAhead', () => {
  it('fetches the next steps ahead where nothing says the connection is costly or slow', () => {
    expect(mayPrefetchAhead(undefined)).toBe(true);
    expect(mayPrefetchAhead({ effectiveType: '4g' })).toBe(true);
    expect(mayPrefetchAhead({ saveData: false, effectiveType: '3g' })).toBe(true);
  });

  it('waits for intent when the visitor saves data or the connection is slow', () => {
    expect(mayPrefetchAhead({ saveData: true, effectiveType: '4g' })).toBe(false);
    expect(mayPrefetchAhead({ effectiveType: '2g' })).toBe(false);
    expect(mayPrefetchAhead({ effectiveType: 'slow-2g' })).toBe(false);
  });
});
