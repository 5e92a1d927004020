import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, hydrated, NOT_FOUND_CONSOLE, test } from './support/fixtures';
import { flow, pathOf } from './support/flow-data';

const scan = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const step of flow.steps) {
      test(step.id, async ({ page }) => {
        await page.goto(pathOf(step.id));
        await hydrated(page);
        const results = await scan(page);
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      });
    }

    test.describe('the not-found page', () => {
      test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE] });
      test('has no violations', async ({ page }) => {
        await page.goto('/step/no-such-step/');
        await hydrated(page);
        expect((await scan(page)).violations).toEqual([]);
      });
    });
  });
}
