// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrowserSteps, ForBrowser } from '@/components/browser-steps';

const firefoxOnWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0';

const steps = () => (
  <BrowserSteps>
    <ForBrowser name="chrome">Chrome steps</ForBrowser>
    <ForBrowser name="firefox">Firefox steps</ForBrowser>
    <ForBrowser name="safari">Safari steps</ForBrowser>
  </BrowserSteps>
);

const order = (container: HTMLElement) => [...container.querySelectorAll('details')].map((d) => d.dataset.browser);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('BrowserSteps', () => {
  it("moves the visitor's browser first, opens it and says so; the others stay closed", async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(firefoxOnWindows);
    const { container } = render(steps());
    await waitFor(() => expect(order(container)).toEqual(['firefox', 'chrome', 'safari']));
    const open = [...container.querySelectorAll('details')].filter((d) => d.open).map((d) => d.dataset.browser);
    expect(open).toEqual(['firefox']);
    expect(screen.getByText(/your browser/)).toBeTruthy();
  });

  it('lists every browser in the written order, all closed, when the browser is unknown', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('curl/8.5.0');
    const { container } = render(steps());
    // Give detection time to answer; the order must not change.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order(container)).toEqual(['chrome', 'firefox', 'safari']);
    expect([...container.querySelectorAll('details')].some((d) => d.open)).toBe(false);
  });
});
