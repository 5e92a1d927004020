import { answerLink, expect, hydrated, test } from './support/fixtures';
import { describePath, labelOf, pathOf, paths, titleOf, ui } from './support/flow-data';

test.describe('every path, with JavaScript', () => {
  for (const path of paths) {
    test(describePath(path), async ({ page }) => {
      await page.goto('/');
      await hydrated(page);
      for (const [index, { stepId, answerId }] of path.entries()) {
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toHaveText(titleOf(stepId));
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        expect(new URL(page.url()).pathname).toBe(pathOf(stepId));
        if (index > 0) await expect(heading).toBeFocused();
        if (answerId) await answerLink(page, labelOf(stepId, answerId)).click();
      }
      // At the outcome, "Your answers" lists every answer given on the way.
      const answers = page.getByRole('region', { name: ui.yourAnswers });
      await expect(answers.getByRole('link', { name: /^Change/ })).toHaveCount(path.length - 1);
      for (const { stepId, answerId } of path.slice(0, -1)) {
        await expect(answers.getByText(labelOf(stepId, answerId!), { exact: true })).toBeVisible();
      }
    });
  }
});

test.describe('every path, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of paths) {
    test(describePath(path), async ({ page }) => {
      await page.goto('/');
      for (const { stepId, answerId } of path) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(stepId));
        expect(new URL(page.url()).pathname).toBe(pathOf(stepId));
        if (answerId) await answerLink(page, labelOf(stepId, answerId)).click();
      }
    });
  }
});
