import type { Locator, Page } from '@playwright/test';
import { expectNoViolationsLightAndDark } from './support/axe';
import { answerLink, expect, hydrated, test } from './support/fixtures';
import { flow, labelOf, titleOf, ui } from './support/flow-data';

/**
 * The map: first the visitor's own branch (or the start), legible on a phone; the whole flow one
 * action away, as a diagram and as a list with working links.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const branch = (page: Page, name: string) => page.getByRole('region', { name });
const list = (page: Page) => page.getByRole('region', { name: ui.map.listTitle });
const showWhole = (page: Page) => page.getByText(ui.map.showWhole, { exact: true });
const nextOf = (stepId: string) => {
  const step = flow.steps.find((s) => s.id === stepId);
  return step && step.kind !== 'outcome' ? step.answers : [];
};
const NGINX_LOG = '/map/?at=what-does-nginx-log&a=which-layer-answered.web-server_which-proxy-is-it.nginx';

/** Legible where it is: a rendered font of at least 12 px, and the whole box inside the window. */
const expectLegibleOnScreen = async (box: Locator, page: Page) => {
  await expect(box).toBeInViewport({ ratio: 1 });
  const size = await box.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size, `font size of ${await box.textContent()}`).toBeGreaterThanOrEqual(12);
  const viewport = page.viewportSize();
  const rect = await box.boundingBox();
  expect(rect && viewport && rect.x >= 0 && rect.x + rect.width <= viewport.width).toBe(true);
};

/** The font size an SVG text is drawn at on screen: its own size times the drawing's scale. */
const renderedSvgFontSize = (text: Locator) =>
  text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize) * ((el as SVGTextElement).getScreenCTM()?.a ?? 0));

test('from a step on a phone: the way there, the step and where each answer leads, legible on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await hydrated(page);
  await answerLink(page, labelOf('who-are-you', 'owner')).click();
  await answerLink(page, labelOf('which-layer-answered', 'web-server')).click();
  await answerLink(page, labelOf('which-proxy-is-it', 'nginx')).click();
  await expect(h1(page)).toHaveText(titleOf('what-does-nginx-log'));
  await page.getByRole('link', { name: ui.map.openFromStep }).click();
  await expect(h1(page)).toHaveText(ui.map.title);

  const here = branch(page, ui.map.branchTitle);
  const current = here.locator('.map-current .map-box');
  await expect(current).toHaveText(titleOf('what-does-nginx-log'));
  await expect(here.locator('.map-current')).toContainText(ui.map.youAreHere);
  await expectLegibleOnScreen(current, page);
  // The last two steps passed are in view with the answers given; the first one is folded above them.
  await expect(here.getByText(ui.map.earlierAnswers.replace('{count}', '1'))).toBeVisible();
  const passed = here.locator(':scope > .map-spine > .map-passed');
  await expect(passed.locator('.map-box')).toHaveText([titleOf('which-layer-answered'), titleOf('which-proxy-is-it')]);
  await expect(passed.locator('.map-taken .map-answer')).toHaveText([labelOf('which-layer-answered', 'web-server'), labelOf('which-proxy-is-it', 'nginx')]);
  for (const box of await passed.locator('.map-box').all()) await expectLegibleOnScreen(box, page);

  // The next steps, one per answer, each box linked to the step with the answer added to the journey.
  const next = here.locator('.map-next > li');
  await expect(next).toHaveCount(nextOf('what-does-nginx-log').length);
  await expect(next.first().locator('.map-answer')).toContainText(labelOf('what-does-nginx-log', 'refused'));
  await next.first().locator('.map-box').click();
  await expect(h1(page)).toHaveText(titleOf(nextOf('what-does-nginx-log')[0].next));
  await expect(page).toHaveURL((url) => url.searchParams.get('a') === 'who-are-you.owner_which-layer-answered.web-server_which-proxy-is-it.nginx_what-does-nginx-log.refused');
});

test('an answer not given is one tap away and leads where that answer goes', async ({ page }) => {
  await page.goto(NGINX_LOG);
  await hydrated(page);
  const others = page.locator('.map-passed').last().locator('.map-others');
  await others.getByText(ui.map.otherAnswers.replace('{count}', String(nextOf('which-proxy-is-it').length - 1))).click();
  await others.getByRole('link', { name: new RegExp(`^${labelOf('which-proxy-is-it', 'apache')}`) }).click();
  await expect(h1(page)).toHaveText(titleOf('what-does-apache-log'));
  await expect(page).toHaveURL((url) => url.searchParams.get('a') === 'which-layer-answered.web-server_which-proxy-is-it.apache');
});

test('without a step: the start and where each of its answers leads; the whole guide one action away', async ({ page }) => {
  await page.goto('/map/');
  await hydrated(page);
  await expect(page.locator('a[href="/map/"]'), 'a link from the map to itself').toHaveCount(0);
  const start = branch(page, ui.map.startTitle);
  await expect(start.locator('.map-spine .map-box')).toHaveText(titleOf(flow.start));
  await expect(start.locator('.map-next .map-box')).toHaveText(nextOf(flow.start).map((a) => titleOf(a.next)));
  await expect(start.getByText(ui.map.youAreHere)).toHaveCount(0);
  await expect(page.locator('svg.map-svg')).toBeHidden();

  await showWhole(page).click();
  const nodes = page.locator('svg [data-step-id]');
  await expect(nodes.first()).toBeVisible();
  expect(new Set(await nodes.evaluateAll((els) => els.map((el) => el.getAttribute('data-step-id'))))).toEqual(new Set(flow.steps.map((s) => s.id)));
  for (const step of flow.steps) {
    await expect(list(page).getByRole('link', { name: titleOf(step.id), exact: true }).first(), step.id).toBeAttached();
  }
  await list(page).getByRole('link', { name: titleOf('flush-dns-cache'), exact: true }).first().click();
  await expect(h1(page)).toHaveText(titleOf('flush-dns-cache'));
});

test('the whole guide from a step: the step marked and brought into view, its text legible at 390 and 1280', async ({ page }) => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(NGINX_LOG);
    await hydrated(page);
    await showWhole(page).click();
    const node = page.locator('svg [data-step-id="what-does-nginx-log"]');
    await expect(node).toHaveAttribute('class', /map-current/);
    // The page scrolls to the canvas; the canvas itself was scrolled to the node when it opened.
    await page.locator('.map-canvas').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(node).toBeInViewport({ ratio: 1 });
    const [canvas, box] = await Promise.all([page.locator('.map-canvas').boundingBox(), node.boundingBox()]);
    expect(canvas && box && box.x >= canvas.x && box.x + box.width <= canvas.x + canvas.width).toBe(true);
    expect(await renderedSvgFontSize(node.locator('text'))).toBeGreaterThanOrEqual(12);
    await expect(list(page).locator('li', { has: page.getByText(ui.map.youAreHere) }).first()).toContainText(titleOf('what-does-nginx-log'));
  }
});

test('fits a 320 px screen, opened or not, and passes axe, light and dark', async ({ page }) => {
  // axe reads every node of the drawing: the slowest scan of the suite (about 20 s on a quiet machine).
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(NGINX_LOG);
  await hydrated(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.locator('.map-others').first().getByText(/\(\d+\)$/).click();
  await showWhole(page).click();
  await page.getByRole('button', { name: ui.map.zoomIn }).click();
  await expect(page.getByText(/^Zoom: \d+%$/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoViolationsLightAndDark(page);
});
