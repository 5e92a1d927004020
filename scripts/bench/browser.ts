// Which Chromium the browser sections drive, and the flags that keep it off the network: the bench
// talks to 127.0.0.1 only, so every other host name fails to resolve.
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH (as in playwright.config.ts), else Debian's /usr/bin/chromium, else CHROME_PATH. */
export const chromiumPath = (): string | undefined =>
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : process.env.CHROME_PATH);

export const offlineFlags: readonly string[] = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Chromium's sandbox cannot start as root; anywhere else it stays on. */
export const sandboxFlags = (): string[] => (process.getuid?.() === 0 ? ['--no-sandbox'] : []);
