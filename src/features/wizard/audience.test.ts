import { describe, expect, it } from 'vitest';
import { audienceOf } from '@/features/wizard/audience';

describe('audienceOf', () => {
  it('takes the link’s word first', () => {
    expect(audienceOf({ who: 'owner' }, [{ stepId: 'who-are-you', answerId: 'visitor' }])).toBe('owner');
  });

  it('reads the answers to "who are you?" and "is this your site?"', () => {
    expect(audienceOf({}, [{ stepId: 'who-are-you', answerId: 'visitor' }])).toBe('visitor');
    expect(audienceOf({}, [{ stepId: 'who-are-you', answerId: 'proxy' }])).toBe('proxy');
    expect(
      audienceOf({}, [
        { stepId: 'who-are-you', answerId: 'not-sure' },
        { stepId: 'is-this-your-site', answerId: 'mine' },
      ]),
    ).toBe('owner');
  });

  it('knows a journey that began part-way at an audience’s first step', () => {
    expect(audienceOf({}, [{ stepId: 'reload-the-page', answerId: 'not-fixed' }])).toBe('visitor');
    expect(audienceOf({}, [{ stepId: 'which-layer-answered', answerId: 'web-server' }])).toBe('owner');
  });

  it('says nothing when nothing tells', () => {
    expect(audienceOf({}, [])).toBeUndefined();
    expect(audienceOf({}, [{ stepId: 'which-code-do-you-see', answerId: '504' }])).toBeUndefined();
  });
});
