import type { Page } from '@playwright/test';
import { answerLink, expect, hydrated, test } from './support/fixtures';
import { flow, labelOf, pathOf, titleOf, ui } from './support/flow-data';

/**
 * Answer first: on every question page, the question and every answer's label are on the first screen
 * of a phone and of a laptop, without scrolling. Reference material folds below the answers.
 */
const screens = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

const questions = flow.steps.filter((step) => step.kind === 'question');

/** The bottom edge of an element, in page coordinates, at the top of the page. */
const bottomOf = async (locator: ReturnType<Page['locator']>): Promise<number> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box.y + box.height;
};

for (const screen of screens) {
  test.describe(`on a ${screen.name} (${screen.width}×${screen.height})`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    // One test for all question pages: a fresh page per step, so nothing scrolled is carried over.
    test('every question page shows its question and all its answers on the first screen', async ({ page }) => {
      test.setTimeout(30_000 + questions.length * 5_000);
      for (const step of questions) {
        await page.goto(pathOf(step.id));
        await hydrated(page);
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toHaveText(titleOf(step.id));
        expect(await page.evaluate(() => window.scrollY), step.id).toBe(0);
        for (const answer of step.answers) {
          const link = answerLink(page, labelOf(step.id, answer.id));
          await expect(link, `${step.id}: ${answer.id}`).toBeVisible();
          expect(await bottomOf(link), `${step.id}: the answer "${answer.id}" ends below the first screen`).toBeLessThanOrEqual(
            screen.height,
          );
        }
      }
    });

    test('a returning visitor sees the offer to resume and still every answer of the start page', async ({ page }) => {
      const start = questions.find((step) => step.id === flow.start)!;
      await page.goto('/');
      await hydrated(page);
      await answerLink(page, labelOf(start.id, start.answers[0].id)).click();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(titleOf(start.id));
      await page.goto('/');
      await hydrated(page);
      await expect(page.getByRole('region', { name: ui.resumeTitle })).toBeVisible();
      for (const answer of start.answers) {
        const link = answerLink(page, labelOf(start.id, answer.id));
        expect(await bottomOf(link), `the answer "${answer.id}" ends below the first screen`).toBeLessThanOrEqual(screen.height);
      }
    });
  });
}
