import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { machineBrowser } from './browser-path';

/** The browser the tests use: the machine's own (browser-path.ts), else Playwright's. */
const browserPath = (): string => machineBrowser() ?? chromium.executablePath();

/**
 * Runs before any test: fails in one clear line when there is no build to test; when there is no
 * browser, fetches Playwright's own Chromium with its installer (a fresh laptop), and fails in one
 * clear line when that cannot be done (no network, or a machine Playwright has no build for).
 */
export default function checkBrowser(): void {
  if (!existsSync('dist/index.html')) {
    throw new Error('No build to test: run `npm run build` first (npm test does it for you).');
  }
  if (existsSync(browserPath())) return;
  if (process.env.CHROMIUM_PATH) throw new Error(`No browser at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}.`);
  console.log('No Chromium found: installing Playwright\'s (npx playwright install chromium)...');
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (install.status !== 0 || !existsSync(browserPath())) {
    throw new Error(
      'No Chromium, and Playwright could not install one: run `npx playwright install chromium`, or on Debian `apt-get install -y chromium-headless-shell`, or set CHROMIUM_PATH.',
    );
  }
}
