import { describe, expect, it } from 'vitest';
import { browserFromUserAgent, describeUserAgent } from '@/browser/detect-browser';

// Real user-agent strings as the browsers send them today (Chromium's are "reduced": frozen OS parts).
const agents = {
  chromeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  chromeLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:145.0) Gecko/20100101 Firefox/145.0',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/142.0.0.0 Mobile/15E148 Safari/604.1',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
  firefoxAndroid: 'Mozilla/5.0 (Android 15; Mobile; rv:145.0) Gecko/145.0 Firefox/145.0',
  headlessChrome:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/142.0.0.0 Safari/537.36',
};

describe('browserFromUserAgent', () => {
  it.each([
    ['chromeWindows', 'chrome'],
    ['chromeLinux', 'chrome'],
    ['edge', 'edge'],
    ['firefox', 'firefox'],
    ['safariMac', 'safari'],
    ['safariIphone', 'safari-ios'],
    ['chromeAndroid', 'chrome-android'],
    ['firefoxAndroid', 'firefox-android'],
  ] as const)('reads %s as %s', (agent, expected) => {
    expect(browserFromUserAgent(agents[agent])).toBe(expected);
  });

  it('gives no guess for Chrome on iOS, whose menus match none of the sets', () => {
    expect(browserFromUserAgent(agents.chromeIphone)).toBeUndefined();
  });

  it.each([[''], ['curl/8.5.0'], ['\u0000\uffff'.repeat(5000)]])('never throws on odd input (%#)', (agent) => {
    expect(() => browserFromUserAgent(agent)).not.toThrow();
  });

  it('reads headless Chromium (the e2e browser) as Chrome', () => {
    expect(browserFromUserAgent(agents.headlessChrome)).toBe('chrome');
  });
});

describe('describeUserAgent', () => {
  it('names the browser with its major version and the system', () => {
    const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 Safari/537.36';
    expect(describeUserAgent(chrome)).toBe('Chrome 131, Windows 10');
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    expect(describeUserAgent(iphone)).toMatch(/^Safari 17, iOS 17/);
  });
  it('says nothing for an empty or meaningless user agent', () => {
    expect(describeUserAgent('')).toBeUndefined();
    expect(describeUserAgent('x')).toBeUndefined();
  });
});
