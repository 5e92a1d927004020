import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, hydrated, NOT_FOUND_CONSOLE, test } from './support/fixtures';
import { flow, pathOf, ui } from './support/flow-data';

const violations = async (page: Page): Promise<string[]> => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
};

/** Scans the page as it is in light mode, then switches the colour scheme and scans it again. */
const expectNoViolationsLightAndDark = async (page: Page): Promise<void> => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await violations(page), `${colorScheme} mode`).toEqual([]);
  }
};

test.describe('axe, light and dark mode', () => {
  for (const step of flow.steps) {
    test(step.id, async ({ page }) => {
      await page.goto(pathOf(step.id));
      await hydrated(page);
      await expectNoViolationsLightAndDark(page);
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
