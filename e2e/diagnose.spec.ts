import { expect, hydrated, test } from './support/fixtures';
import { titleOf, ui } from './support/flow-data';

const words = ui.diagnose;

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
    await page.goto('/diagnose/');
    await hydrated(page);
    const line =
      '2026/11/24 10:00:00 [error] 7#7: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8080/"';
    await page.getByLabel(words.fieldLabel).fill(line);
    await page.getByRole('button', { name: words.submit }).click();
    const results = page.getByRole('region', { name: words.results });
    await expect(results.getByRole('heading', { level: 3 }).first()).toHaveText(ui.causes['upstream-down']);
    await expect(results.locator('mark').first()).toContainText('connect() failed (111');
    await results.getByRole('link', { name: new RegExp(words.goToStep) }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('start-the-upstream'));
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
