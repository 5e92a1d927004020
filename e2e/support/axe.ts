import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface ScanOptions {
  /** Only these rules, instead of WCAG 2.2 AA and best practice. */
  readonly rules?: string[];
  /**
   * Run axe in the page itself. By default AxeBuilder opens a blank page to merge the results of every
   * frame, which costs a new renderer per scan; a page without frames does not need it.
   */
  readonly frameless?: boolean;
}

/** axe's findings for the page as it is now, one line per rule. */
export const violations = async (page: Page, { rules, frameless = false }: ScanOptions = {}): Promise<string[]> => {
  const builder = new AxeBuilder({ page }).setLegacyMode(frameless);
  const results = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_22_AA)).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
};

// The stylesheet switches only colours between the schemes (every colour is a light-dark() pair), so
// the rules that read the DOM give the same result in both: dark mode is scanned by the colour rules.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Scans one of the wizard's own pages (it has no frames) in light mode, then switches the colour scheme
 * and checks its colours again.
 */
export const expectNoViolationsLightAndDark = async (page: Page): Promise<void> => {
  expect(page.frames(), 'a page of the wizard has no frames').toHaveLength(1);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await violations(page, { frameless: true }), 'light mode').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await violations(page, { rules: COLOUR_RULES, frameless: true }), 'dark mode').toEqual([]);
};
