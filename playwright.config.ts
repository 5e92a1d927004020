import { defineConfig, devices } from '@playwright/test';
import { machineBrowser } from './e2e/support/browser-path';

// The machine's own Chromium where there is one (Playwright cannot download its browser here);
// elsewhere Playwright's own, which e2e/support/check-browser.ts installs when it is missing.
const executablePath = machineBrowser();
const port = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Margins for a machine busy with other work: a test or an expectation that would pass waits this long
  // at most for its positive signal; none measures speed against the clock. Long tests set their own,
  // from how many pages they visit.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './e2e/support/check-browser.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    // A failed test keeps the steps, console and network it saw, and its page as an ARIA snapshot (Playwright's
    // error context). DOM snapshots and screenshots in every test's trace would cost a third of the suite's
    // time; `npx playwright test --trace on` records them when a failure needs them.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false, sources: false },
    // The offline spec turns the service worker on; elsewhere it would only add a precache to every test.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve.mjs dist`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
