import type { Page } from '@playwright/test';
import { answerLink, expect, hydrated, test } from './support/fixtures';
import { labelOf, pathOf, paths, titleOf, ui } from './support/flow-data';
import type { FlowPath } from '@/engine/graph';

// Every root-to-outcome path of the flow, walked through the UI. Paths are grouped by the outcome
// they end at (one test each) so a failure names the outcome, and the browser is reused between paths.
const byOutcome = new Map<string, FlowPath[]>();
for (const path of paths) {
  const outcome = path[path.length - 1].stepId;
  byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), path]);
}

const expectAt = async (page: Page, stepId: string): Promise<void> => {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(stepId));
  expect(new URL(page.url()).pathname).toBe(pathOf(stepId));
};

const walkWithScript = async (page: Page, path: FlowPath): Promise<void> => {
  for (const [index, { stepId, answerId }] of path.entries()) {
    await expectAt(page, stepId);
    // Focus moves to the new question's heading on every step after the first.
    if (index > 0) await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    if (answerId) await answerLink(page, labelOf(stepId, answerId)).click();
  }
  // "Your answers" lists every answer given on the way, in order, each with a Change link.
  const summary = page.getByRole('region', { name: ui.yourAnswers });
  const given = path.slice(0, -1).map(({ stepId, answerId }) => labelOf(stepId, answerId!));
  await expect(summary.locator('dd:not(:last-child)')).toHaveText(given);
  await expect(summary.getByRole('link', { name: new RegExp(`^${ui.change}`) })).toHaveCount(given.length);
};

test.describe('every path, with JavaScript', () => {
  for (const [outcome, group] of byOutcome) {
    test(`${group.length} path(s) to ${outcome}`, async ({ page }) => {
      await page.goto('/');
      await hydrated(page);
      for (const path of group) {
        await walkWithScript(page, path);
        // Back to the start inside the app (no page load), as "Start again" does for a visitor.
        await page.getByRole('link', { name: ui.startAgain }).click();
      }
    });
  }
});

test.describe('every path, without JavaScript: every answer is a real link', () => {
  test.use({ javaScriptEnabled: false });

  for (const [outcome, group] of byOutcome) {
    test(`${group.length} path(s) to ${outcome}`, async ({ page }) => {
      for (const path of group) {
        await page.goto('/');
        for (const { stepId, answerId } of path) {
          await expectAt(page, stepId);
          if (answerId) await answerLink(page, labelOf(stepId, answerId)).click();
        }
      }
    });
  }
});
