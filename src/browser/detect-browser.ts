import Bowser from 'bowser';

/** The browsers a step can give its own instructions for, as content authors name them. */
export const browserNames = ['chrome', 'edge', 'firefox', 'safari', 'chrome-android', 'safari-ios', 'firefox-android'] as const;

export type BrowserName = (typeof browserNames)[number];

/** Type guard for a name written in content. */
export const isBrowserName = (name: string): name is BrowserName => (browserNames as readonly string[]).includes(name);

/**
 * Which set of instructions fits a user agent, or undefined when none does (an unknown browser, or
 * Chrome and Firefox on iOS, whose menus differ from every set we have). Parsing is Bowser's job.
 */
export const browserFromUserAgent = (userAgent: string): BrowserName | undefined => {
  if (!userAgent) return undefined;
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name ?? '';
  const os = parsed.os.name ?? '';
  const mobile = parsed.platform.type === 'mobile' || parsed.platform.type === 'tablet';
  if (os === 'iOS' || (os === 'macOS' && mobile)) return browser === 'Safari' ? 'safari-ios' : undefined;
  if (os === 'Android') {
    if (browser === 'Chrome') return 'chrome-android';
    if (browser === 'Firefox') return 'firefox-android';
    return undefined;
  }
  if (browser === 'Microsoft Edge') return 'edge';
  if (browser === 'Chrome' || browser === 'Chromium') return 'chrome';
  if (browser === 'Firefox') return 'firefox';
  if (browser === 'Safari') return 'safari';
  return undefined;
};

/**
 * "Chrome 131, Windows 10", as far as the user agent says; undefined when it says nothing useful. A
 * comma, not "on": the report quotes it in every language.
 */
export const describeUserAgent = (userAgent: string): string | undefined => {
  if (!userAgent) return undefined;
  const { browser, os } = Bowser.parse(userAgent);
  const major = (version: string | undefined) => version?.split('.')[0];
  const name = [browser.name, major(browser.version)].filter(Boolean).join(' ');
  const system = [os.name, os.versionName ?? os.version].filter(Boolean).join(' ');
  if (!name && !system) return undefined;
  return name && system ? `${name}, ${system}` : name || system;
};
