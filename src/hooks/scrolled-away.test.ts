// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { scrolledAway, watchScrolledAway } from '@/hooks/scrolled-away';

const scrollTo = (y: number) => {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  window.dispatchEvent(new Event('scroll'));
};

describe('scrolledAway', () => {
  it('follows the scroll events once watched, and reads the position it starts from', () => {
    Object.defineProperty(window, 'scrollY', { value: 120, configurable: true });
    watchScrolledAway();
    expect(scrolledAway()).toBe(true);
    scrollTo(0);
    expect(scrolledAway()).toBe(false);
    scrollTo(900);
    expect(scrolledAway()).toBe(true);
    // A second call adds no second listener and reads nothing.
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    watchScrolledAway();
    expect(scrolledAway()).toBe(true);
  });
});
