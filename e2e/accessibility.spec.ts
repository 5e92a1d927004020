import { expectNoViolationsLightAndDark } from './support/axe';
import { expect, hydrated, NOT_FOUND_CONSOLE, test } from './support/fixtures';
import { flow, pathOf, ui } from './support/flow-data';

test.describe('axe, light and dark mode', () => {
  for (const step of flow.steps) {
    test(step.id, async ({ page }) => {
      await page.goto(pathOf(step.id));
      await hydrated(page);
      await expectNoViolationsLightAndDark(page);
      // The smallest phones: nothing but code blocks and tables (which scroll inside) may be wider.
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 320 px').toBeLessThanOrEqual(320);
    });
  }

  test('the diagnose page, empty and with results', async ({ page }) => {
    await page.goto('/diagnose/');
    await hydrated(page);
    await expectNoViolationsLightAndDark(page);
    await page.getByRole('button', { name: ui.diagnose.example }).click();
    await expect(page.getByRole('region', { name: ui.diagnose.results })).toBeVisible();
    await expectNoViolationsLightAndDark(page);
  });

  test.describe('the not-found page', () => {
    test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE] });
    test('has no violations', async ({ page }) => {
      await page.goto('/step/no-such-step/');
      await hydrated(page);
      await expectNoViolationsLightAndDark(page);
    });
  });
});
