import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults, RunOptions } from 'axe-core';
import type axe from 'axe-core';
import { expect } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's findings, one line per rule. */
const lines = (results: AxeResults): string[] => results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);

/**
 * axe's findings for a page and every frame in it, one line per rule. AxeBuilder merges the frames'
 * results in a blank page of its own: a new renderer per scan, which only a page with frames needs.
 */
export const violations = async (page: Page): Promise<string[]> => lines(await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze());

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe run in a page without frames, as axe-core's own API runs it. axe is put into the document once
 * (AxeBuilder's legacy mode put its 550 KB source into the page twice per scan, three quarters of the
 * time an accessibility check took), and only violations are gathered in full.
 */
const scan = async (page: Page, runOnly: RunOptions['runOnly']): Promise<string[]> => {
  expect(page.frames(), 'a page of the wizard has no frames').toHaveLength(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = { runOnly, resultTypes: ['violations'] };
  return lines(await page.evaluate((opts) => (window as unknown as { axe: typeof axe }).axe.run(document, opts), options));
};

// The stylesheet switches only colours between the schemes (every colour is a light-dark() pair), so
// the rules that read the DOM give the same result in both: dark mode is scanned by the colour rules.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Scans one of the wizard's own pages (it has no frames) for WCAG 2.2 AA and best practice in light
 * mode, then switches the colour scheme and checks its colours again.
 */
export const expectNoViolationsLightAndDark = async (page: Page): Promise<void> => {
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await scan(page, { type: 'tag', values: WCAG_22_AA }), 'light mode').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await scan(page, { type: 'rule', values: COLOUR_RULES }), 'dark mode').toEqual([]);
};
