import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoViolationsLightAndDark } from './support/axe';
import { expect, hydrated, test } from './support/fixtures';
import { localeCodes, sourceLocale } from '@/registry/locales';

/**
 * The site's static pages outside the app, served by scripts/serve.mjs with the production headers:
 * the ready-made 502 pages and their previews (their own policy allows exactly their inline styles),
 * and the page for a link too long to open. The fixtures fail any test on a CSP violation.
 */

const GATEWAYS = ['apache', 'caddy', 'cloudflare', 'generic', 'haproxy', 'nginx'];
/** Each template's path under /error-pages/ in every language: English at the top, others in their folder. */
const TEMPLATES = localeCodes.flatMap((locale) => GATEWAYS.map((gateway) => `${locale === sourceLocale ? '' : `${locale}/`}${gateway}-502.html`));

/** Whether the template's own CSS applies: a browser's defaults are an 8 px body margin and no width limit. */
const templateStyles = (page: Page) =>
  page.evaluate(() => ({
    bodyMargin: getComputedStyle(document.body).margin,
    mainWidth: getComputedStyle(document.querySelector('main') as Element).maxWidth,
  }));
const STYLED = { bodyMargin: '0px', mainWidth: '640px' };

test.describe('the ready-made 502 pages on the wizard’s own site', () => {
  for (const gateway of GATEWAYS) {
    test(`${gateway}: the preview opens styled and filled, passes axe, and offers the template`, async ({ page }) => {
      await page.goto(`/error-pages/preview/${gateway}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not available right now');
      expect(await templateStyles(page)).toEqual(STYLED);
      await expect(page.getByRole('link', { name: 'Try again' })).toHaveCSS('border-top-width', '2px');
      await expect(page.getByRole('main')).not.toContainText(/<!--#|%\[|\{\{|::[A-Z_]+::/);
      await expectNoViolationsLightAndDark(page);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 320 px').toBeLessThanOrEqual(320);

      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download the template' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`${gateway}-502.html`);
      expect(readFileSync(await download.path(), 'utf8')).toBe(readFileSync(`public/error-pages/${gateway}-502.html`, 'utf8'));
    });
  }

  test('the index lists every preview, in every language', async ({ page }) => {
    await page.goto('/error-pages/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ready-made 502 pages');
    await expect(page.getByRole('link', { name: 'preview' })).toHaveCount(TEMPLATES.length);
    await expectNoViolationsLightAndDark(page);
  });

  test.describe('the raw templates', () => {
    // A template names no icon (it requests nothing), so the browser asks for /favicon.ico, which the
    // site does not have: that 404, and no other, is expected here.
    test.use({ allowedConsoleErrors: [/status of 404/] });

    test('open styled too, in every language', async ({ page }) => {
      const missing: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 404) missing.push(new URL(response.url()).pathname);
      });
      for (const template of TEMPLATES) {
        await page.goto(`/error-pages/${template}`);
        expect(await templateStyles(page), template).toEqual(STYLED);
      }
      expect(missing.filter((path) => path !== '/favicon.ico')).toEqual([]);
    });
  });
});

test.describe('a link too long to open', () => {
  test.use({ allowedConsoleErrors: [/status of 414/] });

  test('gets the link-too-long page, styled under the strict policy, and its link starts the guide', async ({ page }) => {
    const response = await page.goto(`/step/reload-the-page/?status=502&url=${'x'.repeat(9000)}`);
    expect(response?.status()).toBe(414);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link is too long');
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    await expectNoViolationsLightAndDark(page);
    await page.getByRole('link', { name: 'Open the guide from its start' }).click();
    await hydrated(page);
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
