import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Fails in one clear line, before any test, when there is no browser or no build to test. */
export default function checkBrowser(): void {
  if (!existsSync('dist/index.html')) {
    throw new Error('No build to test: run `npm run build` first (npm test does it for you).');
  }
  const path = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath());
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: install Debian's (apt-get install -y chromium) or Playwright's (npx playwright install chromium).`,
    );
  }
}
