import { describe, expect, it } from 'vitest';
import { audienceOf } from '@/features/wizard/audience';

describe('audienceOf', () => {
  it('takes the link’s word first', () => {
    expect(audienceOf({ who: 'owner' }, [{ stepId: 'who-are-you', answerId: 'visitor' }])).toBe('owner');
  });

  it('reads the answer to "which of these describes you?"', () => {
    expect(audienceOf({}, [{ stepId: 'who-are-you', answerId: 'visitor' }])).toBe('visitor');
    expect(audienceOf({}, [{ stepId: 'who-are-you', answerId: 'proxy' }])).toBe('proxy');
    // The owners' own ways in, which skip "which layer sent the 502?".
    for (const answerId of ['deploy', 'still-cached', 'hosting']) expect(audienceOf({}, [{ stepId: 'who-are-you', answerId }])).toBe('owner');
  });

  it('knows a journey that began part-way at an audience’s first step', () => {
    expect(audienceOf({}, [{ stepId: 'reload-the-page', answerId: 'not-fixed' }])).toBe('visitor');
    expect(audienceOf({}, [{ stepId: 'which-layer-answered', answerId: 'web-server' }])).toBe('owner');
  });

  it('knows a page opened without answers by the part of the flow that alone leads to it', () => {
    expect(audienceOf({}, [], 'site-is-down-for-everyone')).toBe('visitor');
    expect(audienceOf({}, [], 'raise-header-buffers')).toBe('owner');
    expect(audienceOf({}, [], 'retry-with-backoff')).toBe('proxy');
    // The answers and the link still come first; a step every audience can reach says nothing.
    expect(audienceOf({ who: 'owner' }, [], 'site-is-down-for-everyone')).toBe('owner');
    expect(audienceOf({}, [], 'which-code-do-you-see')).toBeUndefined();
    expect(audienceOf({}, [], 'who-are-you')).toBeUndefined();
  });

  it('says nothing when nothing tells', () => {
    expect(audienceOf({}, [])).toBeUndefined();
    expect(audienceOf({}, [{ stepId: 'which-code-do-you-see', answerId: '504' }])).toBeUndefined();
  });
});
