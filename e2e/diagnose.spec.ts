import type { Page } from '@playwright/test';
import { components, type ComponentId } from '@/diagnose/components';
import { expectNoViolationsLightAndDark } from './support/axe';
import { expect, hydrated, test } from './support/fixtures';
import { titleOf, ui } from './support/flow-data';

const words = ui.diagnose;

/** The heading the page gives a finding of a gateway, from the same words the page uses. */
const gatewayHeading = (cause: keyof typeof words.headings.gateway, component: ComponentId, status = 502) =>
  words.headings.gateway[cause].replaceAll('{component}', components[component].name).replaceAll('{status}', String(status));

const pasteAndDiagnose = async (page: Page, text: string) => {
  await page.goto('/diagnose/');
  await hydrated(page);
  await page.getByLabel(words.fieldLabel).fill(text);
  await page.getByRole('button', { name: words.submit }).click();
  const results = page.getByRole('region', { name: words.results });
  await expect(results.getByRole('heading', { level: 2 })).toBeFocused();
  return results;
};

// Cloudflare's pages as a visitor copies them from the browser (lines from the 52x and 502 pages).
const ray = '8f2a1b3c4d5e6f70';
const cloudflarePage = (title: string, code: number, happened: string) =>
  [
    `shop.example.com | ${code}: ${title}`,
    `${title} Error code ${code}`,
    'Visit cloudflare.com for more information.',
    '2026-11-24 14:32:07 UTC',
    'What happened?',
    happened,
    `Cloudflare Ray ID: ${ray} • Your IP: Click to reveal • Performance & security by Cloudflare`,
  ].join('\n');

test.describe('the diagnose page', () => {
  test('is reached from the start page, names the cause of the example and links into the flow', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    // The start page keeps it in a folded section below the answers, one tap away.
    await page.locator('details:has(a[href="/diagnose/"]) > summary').click();
    await page.getByRole('link', { name: 'Paste it and find the cause' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
    await page.getByRole('button', { name: words.example }).click();
    const results = page.getByRole('region', { name: words.results });
    await expect(results.getByRole('heading', { level: 2 })).toBeFocused();
    const first = results.getByRole('listitem').first();
    await expect(first.locator('mark')).not.toBeEmpty();
    await first.getByRole('link', { name: new RegExp(words.goToStep) }).click();
    await expect(page).toHaveURL(/\/step\/[a-z-]+\/$/);
  });

  test('finds an nginx refused connection pasted by hand and marks the evidence', async ({ page }) => {
    const line =
      '2026/11/24 10:00:00 [error] 7#7: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8080/"';
    const results = await pasteAndDiagnose(page, line);
    await expect(results.getByRole('heading', { level: 3 }).first()).toHaveText(gatewayHeading('upstream-down', 'nginx'));
    await expect(results.locator('mark').first()).toContainText('connect() failed (111');
    await results.getByRole('link', { name: new RegExp(words.goToStep) }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('start-the-upstream'));
  });

  test("names the cause of a Cloudflare 521 page, shows its Ray ID as text and leads to the fix", async ({ page }) => {
    const results = await pasteAndDiagnose(page, cloudflarePage('Web server is down', 521, 'The web server is not returning a connection.'));
    const finding = results.getByRole('listitem').first();
    await expect(finding.getByRole('heading', { level: 3 })).toHaveText(gatewayHeading('upstream-down', 'cloudflare', 521));
    await expect(results.getByRole('term').filter({ hasText: words.rayId })).toBeVisible();
    await expect(results.getByRole('definition').filter({ hasText: ray })).toHaveText(ray);
    await expect(results.getByRole('link', { name: ray })).toHaveCount(0);
    await finding.getByRole('link', { name: new RegExp(`^${words.goToStep}`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('start-the-upstream'));
  });

  test('shows a long request id as wrapped text on a small phone, with no accessibility violation', async ({ page }) => {
    const requestId = 'a1b2c3d4'.repeat(16);
    const results = await pasteAndDiagnose(page, `${cloudflarePage('Web server is down', 521, 'The web server is down.')}\n< x-request-id: ${requestId}`);
    await expect(results.getByRole('term').filter({ hasText: words.requestId })).toBeVisible();
    await expect(results.getByRole('definition').filter({ hasText: requestId })).toHaveText(requestId);
    await expectNoViolationsLightAndDark(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 320 px').toBeLessThanOrEqual(320);
  });

  test('keeps the Ray ID and what was found, never the text, for the incident report', async ({ page }) => {
    const results = await pasteAndDiagnose(page, cloudflarePage('Web server is down', 521, 'The web server is not returning a connection.'));
    await results.getByRole('link', { name: new RegExp(`^${words.goToStep}`) }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('start-the-upstream'));
    await page.getByRole('link', { name: ui.report.open }).first().click();
    // The section by its heading: the report's regions are not named today (their ids hold spaces).
    const found = page.getByRole('heading', { level: 2, name: ui.report.sections.found }).locator('..');
    await expect(found).toContainText(`${words.rayId}: ${ray}`);
    await expect(found).toContainText(gatewayHeading('upstream-down', 'cloudflare', 521));
    await expect(found).not.toContainText('The web server is not returning a connection.');
  });

  test("says that the origin answered a Cloudflare 502 page itself, and sends the reader to the origin's log", async ({ page }) => {
    const results = await pasteAndDiagnose(page, cloudflarePage('Bad gateway', 502, 'The web server reported a bad gateway error.'));
    const finding = results.getByRole('listitem').first();
    await expect(finding.getByRole('heading', { level: 3 })).toHaveText(gatewayHeading('upstream-sent-the-error', 'cloudflare'));
    await expect(results.getByRole('definition').filter({ hasText: ray })).toHaveText(ray);
    // No fix is known from this page alone: the link names the question it leads to, not a fix.
    await expect(finding.getByRole('link', { name: new RegExp(words.goToStep) })).toHaveCount(0);
    await finding.getByRole('link', { name: words.nextStep.replace('{step}', titleOf('what-do-the-logs-say')) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('what-do-the-logs-say'));
  });

  test('says so when nothing matches, and survives 1 MB of junk and markup', async ({ page }) => {
    await page.goto('/diagnose/');
    await hydrated(page);
    page.on('dialog', () => {
      throw new Error('pasted text ran as a script');
    });
    // The field's value is set as a paste leaves it: typing 1 MB, or Chromium's own paste command on
    // 1 MB of NUL-laden text, takes minutes in a headless browser, and neither is what is tested here.
    await page.getByLabel(words.fieldLabel).evaluate((field: HTMLTextAreaElement) => {
      field.value = '<img src=x onerror=alert(1)>\u0000\uFFFD'.repeat(1_000_000 / 32);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByRole('button', { name: words.submit }).click();
    await expect(page.getByRole('region', { name: words.results })).toContainText(words.foundNothing);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test('keeps the start of a 1 MB paste in the box, says what it left out, and reads all of it at once', async ({ page }) => {
    await page.goto('/diagnose/');
    await hydrated(page);
    const field = page.getByLabel(words.fieldLabel);
    const finding = 'connect() failed (111: Connection refused) while connecting to upstream';
    // The finding stands at the end, far past what the box keeps: it is found only if all was read.
    const pasted = `${'GET /health 200\n'.repeat(62_000)}2026/11/24 14:32:07 [error] 31#31: *5 ${finding}, upstream: "http://127.0.0.1:3000/"\n`;
    await field.evaluate((box: HTMLTextAreaElement, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      box.focus();
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, pasted);
    const results = page.getByRole('region', { name: words.results });
    await expect(results.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(results.getByRole('heading', { level: 3, name: gatewayHeading('upstream-down', 'nginx') })).toBeVisible();
    const kept = await field.inputValue();
    expect(kept.length).toBeLessThan(pasted.length);
    expect(pasted.startsWith(kept)).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: (pasted.length - kept.length).toLocaleString('en-US') })).toBeVisible();
    // Once edited, the box is the text again: the note goes.
    await field.press('End');
    await field.press('x');
    await expect(page.getByRole('status').filter({ hasText: (pasted.length - kept.length).toLocaleString('en-US') })).toHaveCount(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('explains that it needs JavaScript and offers the guide instead', async ({ page }) => {
      await page.goto('/diagnose/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
      await expect(page.getByText(words.needsScript)).toBeVisible();
      await expect(page.getByRole('link', { name: words.startPage })).toBeVisible();
    });
  });
});
