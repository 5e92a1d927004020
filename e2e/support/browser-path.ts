import { existsSync } from 'node:fs';

/**
 * Where the browser tests find a Chromium of the machine's own (Playwright cannot download one here):
 * CHROMIUM_PATH, else Debian's headless shell, else Debian's Chromium; undefined means Playwright's own.
 *
 * The headless shell comes first because it is what Playwright itself runs headless tests in: the same
 * Blink, without the browser's own interface (a WebUI renderer, component extensions) that a full
 * Chromium keeps busy in the background. On a 2-core machine it halves the suite's time.
 */
const DEBIAN_BROWSERS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];

export const machineBrowser = (): string | undefined => process.env.CHROMIUM_PATH ?? DEBIAN_BROWSERS.find((file) => existsSync(file));
