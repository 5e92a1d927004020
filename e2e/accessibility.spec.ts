import { expectNoViolationsLightAndDark } from './support/axe';
import { expect, hydrated, NOT_FOUND_CONSOLE, test } from './support/fixtures';
import { flow, pathOf, ui } from './support/flow-data';

// Steps in groups, one page for each group (a new page per step cost more than its scan), so that the
// two workers share them evenly; every check names its step.
const GROUP_SIZE = 6;
const groups = Array.from({ length: Math.ceil(flow.steps.length / GROUP_SIZE) }, (_, i) => flow.steps.slice(i * GROUP_SIZE, (i + 1) * GROUP_SIZE));

test.describe('axe, light and dark mode', () => {
  for (const group of groups) {
    test(group.map((step) => step.id).join(', '), async ({ page }) => {
      test.setTimeout(30_000 + group.length * 15_000);
      const size = page.viewportSize();
      for (const step of group) {
        if (size) await page.setViewportSize(size);
        await page.goto(pathOf(step.id));
        await hydrated(page);
        await test.step(step.id, () => expectNoViolationsLightAndDark(page));
        // The smallest phones: nothing but code blocks and tables (which scroll inside) may be wider.
        await page.setViewportSize({ width: 320, height: 640 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${step.id}: page width at 320 px`).toBeLessThanOrEqual(320);
      }
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

// WCAG 2.2 "focus not obscured" and a visible focus indicator: an element the keyboard scrolls to on a
// phone is whole on the screen with its 3 px outline, not cut by the screen's edge. (At the very top of
// the page, the header's links keep the outline; 2 px of the 6 px halo around it fall outside.)
test('on a phone, every element the keyboard reaches on the start page shows its whole focus ring', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await hydrated(page);
  const RING = 3;
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return undefined;
      const box = element.getBoundingClientRect();
      return { name: (element.textContent ?? '').trim().slice(0, 40), top: box.top, bottom: box.bottom, inFooter: element.closest('footer') !== null };
    });
    if (!focused || focused.inFooter) break;
    seen.push(focused.name);
    expect(focused.bottom + RING, `"${focused.name}": its ring below the screen's edge`).toBeLessThanOrEqual(844);
    expect(focused.top - RING, `"${focused.name}": its ring above the screen's edge`).toBeGreaterThanOrEqual(0);
  }
  expect(seen.length).toBeGreaterThan(8);
});
