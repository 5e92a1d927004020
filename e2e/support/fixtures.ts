import { test as base, expect, type Page } from '@playwright/test';

/**
 * The test fixture every spec uses: it fails the test on any console error or uncaught page error
 * (a hydration mismatch surfaces as the latter), so "works" always means "works without errors".
 */
export const test = base.extend<{ errors: string[]; allowedConsoleErrors: RegExp[] }>({
  // A test that opens a missing page on purpose allows the browser's own "404" resource message.
  allowedConsoleErrors: [[], { option: true }],
  errors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error' || allowedConsoleErrors.some((re) => re.test(message.text()))) return;
        errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      // Every Content Security Policy violation, in any document of the page, fails the test by name.
      await page.exposeBinding('__reportCspViolation', (_, text: string) => errors.push(`csp: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
          report?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`);
        });
      });
      await use(errors);
      expect(errors, 'console, page and CSP errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The console line Chromium writes when a page answers 404, which the not-found tests expect. */
export const NOT_FOUND_CONSOLE = /status of 404/;

/** Waits until React has hydrated the pre-rendered page (the app marks <html> when it has). */
export const hydrated = async (page: Page): Promise<void> => {
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
};

/** Escapes text for use inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An answer link by its label; the link's accessible name also holds the hint, so match the label's start. */
export const answerLink = (page: Page, label: string) =>
  page.locator('.answers').getByRole('link', { name: new RegExp(`^${escapeRegExp(label)}(\\s|$)`) });

/** Clicks each answer in turn, by its label: a walk through several questions. */
export const answerInTurn = async (page: Page, labels: readonly string[]): Promise<void> => {
  for (const label of labels) await answerLink(page, label).click();
};
