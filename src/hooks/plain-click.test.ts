import { describe, expect, it } from 'vitest';
import { isPlainClick } from '@/hooks/plain-click';

const click = { defaultPrevented: false, button: 0, metaKey: false, altKey: false, ctrlKey: false, shiftKey: false };

describe('isPlainClick', () => {
  it('is a left click with no modifier that nothing handled', () => {
    expect(isPlainClick(click)).toBe(true);
  });

  it('leaves to the browser a click with a modifier, with another button, or already handled', () => {
    for (const key of ['metaKey', 'altKey', 'ctrlKey', 'shiftKey', 'defaultPrevented'] as const) expect(isPlainClick({ ...click, [key]: true }), key).toBe(false);
    expect(isPlainClick({ ...click, button: 1 })).toBe(false);
  });
});
