import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect } from './fixtures';

/** axe's findings for the page as it is now, WCAG 2.2 AA and best practice, one line per rule. */
export const violations = async (page: Page): Promise<string[]> => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
};

/** Scans the page as it is in light mode, then switches the colour scheme and scans it again. */
export const expectNoViolationsLightAndDark = async (page: Page): Promise<void> => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await violations(page), `${colorScheme} mode`).toEqual([]);
  }
};
