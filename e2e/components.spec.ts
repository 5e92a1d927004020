import { answerInTurn, expect, hydrated, test } from './support/fixtures';
import { nginxResetWalk, pathOf, titleOf, ui } from './support/flow-data';

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
    // Its name tells it from the page's other Copy buttons: the block's first line.
    await expect(block.getByRole('button')).toHaveAccessibleName(new RegExp(`^${ui.copyLabel}: ${copied.split('\n')[0].slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    // It offers to copy again after a moment, and a second copy is announced again.
    await expect(block.getByRole('button')).toHaveText(ui.copy);
    await expect(block.getByRole('status')).toHaveText('');
    await block.getByRole('button').click();
    await expect(block.getByRole('status')).toHaveText(ui.copied);
  });

  test('can be focused from the keyboard, to scroll long lines', async ({ page }) => {
    await page.goto('/step/start-the-upstream/');
    await hydrated(page);
    const pre = page.locator('.code-block pre').first();
    await pre.focus();
    await expect(pre).toBeFocused();
  });
});

test.describe('instructions per product', () => {
  test('come first for the product the journey named, which "On this page" names too, the others folded', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    await answerInTurn(page, nginxResetWalk);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('find-why-the-upstream-crashed'));
    const contents = page.getByRole('navigation', { name: ui.onThisPage });
    const entry = contents.getByRole('link', { name: 'How this cause shows itself, for nginx' });
    await entry.click();
    await expect(page).toHaveURL(/#how-this-cause-shows-itself$/);
    // The section folds on an advice page; the link that asked for it opened it.
    await expect(page.locator('details.step-section').filter({ has: page.locator('#how-this-cause-shows-itself') })).toHaveAttribute('open', '');
    const products = page.locator('.products').first();
    await expect(products.locator('> .for-product').first()).toHaveAttribute('data-product', 'nginx');
    await expect(products.locator('> details.other-products')).not.toHaveAttribute('open', '');
  });

  test('are all shown, in order, when nothing names the product', async ({ page }) => {
    await page.goto(pathOf('find-why-the-upstream-crashed'));
    await hydrated(page);
    await expect(page.getByRole('navigation', { name: ui.onThisPage }).getByRole('link', { name: 'How this cause shows itself', exact: true })).toBeVisible();
    await expect(page.locator('.products').first().locator('details.other-products')).toHaveCount(0);
  });

  test('fold how the cause shows itself and how to confirm it, so the fix starts on the first screen of a phone, with or without JavaScript', async ({ page, browser }) => {
    const withoutScript = await browser.newContext({ javaScriptEnabled: false });
    for (const tab of [page, await withoutScript.newPage()]) {
      await tab.setViewportSize({ width: 390, height: 844 });
      await tab.goto(pathOf('align-keepalive-timeouts'));
      const folded = tab.locator('details.step-section');
      await expect(folded.locator('summary')).toHaveText(ui.foldedSections);
      for (const section of await folded.all()) await expect(section).not.toHaveAttribute('open', '');
      await expect(tab.getByRole('heading', { level: 2, name: 'Fix it', exact: true })).toBeInViewport();
      await folded.first().locator('summary').click();
      await expect(folded.first().getByRole('listitem').first()).toBeVisible();
    }
    await withoutScript.close();
  });

  test('end with "Did this fix it?", which leads past the reference to the answers, with or without JavaScript', async ({ page, browser }) => {
    const withoutScript = await browser.newContext({ javaScriptEnabled: false });
    for (const tab of [page, await withoutScript.newPage()]) {
      await tab.setViewportSize({ width: 390, height: 844 });
      await tab.goto(pathOf('find-why-the-upstream-crashed'));
      const entries = tab.getByRole('navigation', { name: ui.onThisPage }).getByRole('listitem');
      await expect(entries.last()).toHaveText(ui.didThisFixIt);
      await entries.last().getByRole('link').click();
      await expect(tab).toHaveURL(/#answers-prompt$/);
      const answers = tab.getByRole('region', { name: ui.didThisFixIt });
      await expect(answers.getByRole('link', { name: new RegExp(`^${ui.fixed}`) })).toBeInViewport();
      await expect(answers.getByRole('link', { name: new RegExp(`^${ui.notFixed}`) })).toBeInViewport();
    }
    await withoutScript.close();
  });
});

test.describe('settings tables', () => {
  test('fold into one card per row on a phone, every column readable without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/step/align-keepalive-timeouts/');
    // The tables are in "Confirm it", which folds on an advice page.
    await page.locator('summary', { hasText: 'Confirm it' }).click();
    const table = page.locator('.table-scroll').first();
    const cell = table.getByRole('cell', { name: '60 s' }).first();
    await cell.scrollIntoViewIfNeeded();
    await expect(cell, 'the Default column, whole on screen').toBeInViewport({ ratio: 1 });
    expect(await table.evaluate((box) => box.scrollWidth - box.clientWidth), 'sideways overflow').toBeLessThanOrEqual(0);
    // Each value carries its column's heading on the card, where the heading row is out of sight.
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/^"Default: "/);
    // For the eye only: a screen reader reads the column's heading with the cell already.
    await expect(cell).not.toHaveAccessibleName(/Default/);
  });

  test('keep their columns on a wide screen', async ({ page }) => {
    await page.goto('/step/align-keepalive-timeouts/');
    await page.locator('summary', { hasText: 'Confirm it' }).click();
    await expect(page.locator('.table-scroll').first().getByRole('columnheader', { name: 'Default' })).toBeVisible();
  });
});

test.describe('code blocks on a wide screen', () => {
  test('keep the column\'s edge when their lines fit it, and take up to 10rem more when they are longer', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const rightOf = (selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().right);
    await page.goto('/step/raise-header-buffers/');
    const column = await rightOf('.step-body');
    // proxy_buffer_size and its two companions: three short lines.
    expect(Math.round(await rightOf('.config-file .code-block'))).toBe(Math.round(column));
    await page.goto('/step/what-does-nginx-log/');
    // A log_format line longer than the column, in the reference folded below the answers.
    await page.locator('details:has(.config-file) > summary').first().click();
    const wide = (await rightOf('.config-file .code-block')) - (await rightOf('.step-body'));
    expect(wide).toBeGreaterThan(0);
    expect(wide).toBeLessThanOrEqual(160.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'sideways scroll').toBe(0);
  });
});
