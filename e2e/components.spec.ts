import { expect, hydrated, test } from './support/fixtures';
import { titleOf, ui } from './support/flow-data';

test.describe('browser-specific steps', () => {
  test("show the visitor's browser first and open, with the others one click away", async ({ page }) => {
    await page.goto('/step/clear-cache-and-cookies/');
    await hydrated(page);
    const blocks = page.locator('.browser-steps').first().locator('details');
    // Headless Chromium on Linux reads as Chrome on a computer.
    await expect(blocks.first().locator('summary')).toHaveText(`${ui.browsers.chrome} (${ui.yourBrowser})`);
    await expect(blocks.first()).toHaveAttribute('open', '');
    const firefox = page.locator('summary', { hasText: ui.browsers.firefox }).first();
    await expect(firefox.locator('xpath=..')).not.toHaveAttribute('open', '');
    await firefox.click();
    await expect(firefox.locator('xpath=..')).toHaveAttribute('open', '');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('list every browser, each one click away', async ({ page }) => {
      await page.goto('/step/clear-cache-and-cookies/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('clear-cache-and-cookies'));
      const summaries = page.locator('.browser-steps').first().locator('summary');
      await expect(summaries.first()).toHaveText(ui.browsers.chrome);
      expect(await summaries.count()).toBeGreaterThanOrEqual(4);
      await summaries.nth(2).click();
      await expect(summaries.nth(2).locator('xpath=..')).toHaveAttribute('open', '');
    });
  });
});

test.describe('code blocks', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy their text with one click and say so', async ({ page }) => {
    await page.goto('/step/start-the-upstream/');
    await hydrated(page);
    const block = page.locator('.code-block').first();
    await block.getByRole('button', { name: ui.copyLabel }).click();
    await expect(block.getByRole('status')).toHaveText(ui.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await block.locator('pre').textContent())!.replace(/\n$/, ''));
  });

  test('can be focused from the keyboard, to scroll long lines', async ({ page }) => {
    await page.goto('/step/start-the-upstream/');
    await hydrated(page);
    const pre = page.locator('.code-block pre').first();
    await pre.focus();
    await expect(pre).toBeFocused();
  });
});
