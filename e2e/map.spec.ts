import type { Page } from '@playwright/test';
import { expectNoViolationsLightAndDark } from './support/axe';
import { answerLink, expect, hydrated, test } from './support/fixtures';
import { flow, labelOf, titleOf, ui } from './support/flow-data';

/** The map of the whole flow: every step, working links, the visitor's place, usable on a phone. */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const list = (page: Page) => page.getByRole('region', { name: ui.map.listTitle });

test('draws every step as a node and lists every step with a working link', async ({ page }) => {
  await page.goto('/map/');
  await hydrated(page);
  await expect(h1(page)).toHaveText(ui.map.title);
  const nodes = page.locator('svg [data-step-id]');
  expect(new Set(await nodes.evaluateAll((els) => els.map((el) => el.getAttribute('data-step-id'))))).toEqual(new Set(flow.steps.map((s) => s.id)));
  for (const step of flow.steps) {
    await expect(list(page).getByRole('link', { name: titleOf(step.id), exact: true }).first(), step.id).toBeAttached();
  }
  await list(page).getByRole('link', { name: titleOf('flush-dns-cache'), exact: true }).first().click();
  await expect(h1(page)).toHaveText(titleOf('flush-dns-cache'));
});

test('shows where the visitor is, reached from their step', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await answerLink(page, labelOf('who-are-you', 'owner')).click();
  await answerLink(page, labelOf('which-layer-answered', 'web-server')).click();
  await expect(h1(page)).toHaveText(titleOf('which-proxy-is-it'));
  await page.getByRole('link', { name: ui.map.openFromStep }).click();
  await expect(h1(page)).toHaveText(ui.map.title);
  await expect(page.locator('svg [data-step-id="which-proxy-is-it"]')).toHaveAttribute('class', /map-current/);
  const here = list(page).getByText(ui.map.youAreHere);
  await expect(here.first()).toBeVisible();
  await expect(list(page).locator('li', { has: page.getByText(ui.map.youAreHere) }).first()).toContainText(titleOf('which-proxy-is-it'));
});

test('is usable on a phone and passes axe, light and dark', async ({ page }) => {
  // axe reads every node of the drawing: the slowest scan of the suite (about 20 s on a quiet machine).
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/map/?at=what-does-nginx-log&a=which-layer-answered.web-server_which-proxy-is-it.nginx');
  await hydrated(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const zoom = page.getByRole('button', { name: ui.map.zoomIn });
  await zoom.click();
  await expect(page.getByText(/^Zoom: \d+%$/)).toBeVisible();
  await expectNoViolationsLightAndDark(page);
});
