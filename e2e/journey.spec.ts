import type { Page } from '@playwright/test';
import { answerInTurn, answerLink, expect, hydrated, NOT_FOUND_CONSOLE, test } from './support/fixtures';
import { labelOf, nginxResetWalk, titleOf, ui } from './support/flow-data';

const STORE_KEY = 'gateway-doctor:journey';
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Answers the start page as a visitor, then "still broken" after reloading. */
const walkTwoSteps = async (page: Page) => {
  await page.goto('/');
  await hydrated(page);
  await answerLink(page, labelOf('who-are-you', 'visitor')).click();
  await expect(h1(page)).toHaveText(titleOf('reload-the-page'));
  await answerLink(page, labelOf('reload-the-page', 'not-fixed')).click();
  await expect(h1(page)).toHaveText(titleOf('do-other-sites-load'));
  // The address follows right after the new step's first frame.
  await expect(page).toHaveURL((url) => url.search === '?a=who-are-you.visitor_reload-the-page.not-fixed');
};

test('the URL holds the path, so reload keeps the step and the answers', async ({ page }) => {
  await walkTwoSteps(page);
  expect(page.url()).toContain('?a=who-are-you.visitor_reload-the-page.not-fixed');
  await page.reload();
  await hydrated(page);
  await expect(h1(page)).toHaveText(titleOf('do-other-sites-load'));
  await expect(page.getByRole('region', { name: ui.yourAnswers }).getByRole('link', { name: /^Change/ })).toHaveCount(2);
});

test('the browser back button returns to the previous step and the Back link does too', async ({ page }) => {
  await walkTwoSteps(page);
  await page.goBack();
  await expect(h1(page)).toHaveText(titleOf('reload-the-page'));
  await expect(answerLink(page, labelOf('reload-the-page', 'not-fixed'))).toBeFocused();
  await page.goForward();
  await expect(h1(page)).toHaveText(titleOf('do-other-sites-load'));
  await page.getByRole('link', { name: ui.back, exact: true }).click();
  await expect(h1(page)).toHaveText(titleOf('reload-the-page'));
  await expect(h1(page)).toBeFocused();
});

test('a shared link opens the same step with the same answers in a new browser', async ({ page, browser }) => {
  await walkTwoSteps(page);
  const other = await browser.newContext();
  const shared = await other.newPage();
  await shared.goto(page.url());
  await expect(h1(shared)).toHaveText(titleOf('do-other-sites-load'));
  await expect(shared.getByRole('region', { name: ui.yourAnswers }).getByText(labelOf('who-are-you', 'visitor'))).toBeVisible();
  await other.close();
});

test('Change goes back to that question with the earlier answers kept', async ({ page }) => {
  await walkTwoSteps(page);
  const change = page.getByRole('link', { name: `${ui.change} ${ui.changeAnswerTo.replace('{question}', titleOf('reload-the-page'))}` });
  await change.click();
  await expect(h1(page)).toHaveText(titleOf('reload-the-page'));
  await expect(page).toHaveURL((url) => url.href.includes('?a=who-are-you.visitor'));
  await answerLink(page, labelOf('reload-the-page', 'fixed')).click();
  await expect(h1(page)).toHaveText(titleOf('fixed-by-reloading'));
});

test("after an answer, the next step's reference sections follow its first screen, and Back returns to where the person had scrolled", async ({ page }) => {
  await page.goto('/step/what-does-nginx-log/?a=who-are-you.owner_which-layer-answered.web-server_which-proxy-is-it.nginx');
  await hydrated(page);
  await answerLink(page, labelOf('what-does-nginx-log', 'refused')).click();
  await expect(h1(page)).toHaveText(titleOf('start-the-upstream'));
  await expect(h1(page)).toBeFocused();
  // Its sections and "Did this fix it?" are there, below the lead.
  const notFixed = answerLink(page, labelOf('start-the-upstream', 'not-fixed'));
  await expect(page.getByRole('heading', { level: 2 }).nth(2)).toBeVisible();
  await notFixed.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(0);
  await notFixed.click();
  await expect(h1(page)).toHaveText(titleOf('open-the-firewall-to-the-upstream'));
  await expect(page).toHaveURL((url) => url.pathname === '/step/open-the-firewall-to-the-upstream/');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(h1(page)).toHaveText(titleOf('start-the-upstream'));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(notFixed).toBeInViewport();
  // The focus is back on the answer that was followed, where the page is, not on the heading above the view.
  await expect(notFixed).toBeFocused();
});

const back = (page: Page) => page.getByRole('link', { name: ui.back, exact: true });

test("a link in a step's text keeps the journey: the next page lists the answers and the link, and Back returns", async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await answerLink(page, labelOf('who-are-you', 'other-code')).click();
  await expect(h1(page)).toHaveText(titleOf('which-code-do-you-see'));
  await expect(page).toHaveURL((url) => url.pathname === '/step/which-code-do-you-see/');
  const before = new URL(page.url());
  // The table of codes is reference material, folded below the answers.
  const link = page.locator('a[href^="/step/speed-up-or-extend-timeouts/"]');
  const section = page.locator('main details', { has: link }).first();
  await section.locator('summary').click();
  await section.locator(link).first().click();
  await expect(h1(page)).toHaveText(titleOf('speed-up-or-extend-timeouts'));
  const answers = page.getByRole('region', { name: ui.yourAnswers });
  await expect(answers.getByRole('definition').filter({ hasText: labelOf('who-are-you', 'other-code') })).toBeVisible();
  await expect(answers.getByText(ui.followedLink.replace('{title}', titleOf('speed-up-or-extend-timeouts')))).toBeVisible();
  await expect(back(page)).toHaveAttribute('href', `${before.pathname}${before.search}`);
  // The journey is in the address: a reload keeps it.
  await page.reload();
  await hydrated(page);
  await back(page).click();
  await expect(h1(page)).toHaveText(titleOf('which-code-do-you-see'));
  await expect(page).toHaveURL((url) => url.search === '?a=who-are-you.other-code');
});

test('an owner whose resets are rare and random reaches the keep-alive fix from the crash step: a link in its first lines, and an answer of its own', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await hydrated(page);
  await answerInTurn(page, nginxResetWalk);
  await expect(h1(page)).toHaveText(titleOf('find-why-the-upstream-crashed'));
  await expect(page.locator('main').getByRole('link', { name: 'Keep idle connections open longer' })).toBeInViewport();
  await answerLink(page, labelOf('find-why-the-upstream-crashed', 'rare-and-random')).click();
  await expect(h1(page)).toHaveText(titleOf('align-keepalive-timeouts'));
});

test.describe('Back on a page opened without answers', () => {

  test('returns to the diagnosis that led to it', async ({ page }) => {
    await page.goto('/diagnose/');
    await hydrated(page);
    await page.getByRole('button', { name: ui.diagnose.example }).click();
    await page.getByRole('region', { name: ui.diagnose.results }).getByRole('link').first().click();
    await expect(back(page)).toHaveAttribute('href', '/diagnose/');
  });

  test('opened straight from a link, goes to the step before it on the shortest route, the generic one first', async ({ page }) => {
    await page.goto('/step/raise-header-buffers/');
    await hydrated(page);
    await expect(back(page)).toHaveAttribute('href', '/step/what-do-the-logs-say/');
  });
});

test('a link whose answers do not lead to its step still shows the step, with no answers', async ({ page }) => {
  await page.goto('/step/do-other-sites-load/?a=who-are-you.owner_<script>alert(1)</script>');
  await hydrated(page);
  await expect(h1(page)).toHaveText(titleOf('do-other-sites-load'));
  await expect(page.getByRole('region', { name: ui.yourAnswers })).toHaveCount(0);
});

test.describe('a returning visitor', () => {
  test('is offered to resume, and can start afresh instead', async ({ page }) => {
    await walkTwoSteps(page);
    await page.goto('/');
    await hydrated(page);
    const offer = page.getByRole('region', { name: ui.resumeTitle });
    await expect(offer).toContainText(titleOf('do-other-sites-load'));
    await offer.getByRole('link', { name: ui.resumeLink }).click();
    await expect(h1(page)).toHaveText(titleOf('do-other-sites-load'));
    await page.goto('/');
    await hydrated(page);
    await page.getByRole('button', { name: ui.resumeDiscard }).click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('region', { name: ui.resumeTitle })).toHaveCount(0);
  });

  const broken = {
    'text that is not JSON': '{"state":',
    'the wrong shape': JSON.stringify({ state: { saved: { stepId: 42, answers: [] } }, version: 1 }),
    'a journey that does not replay': JSON.stringify({
      state: { saved: { stepId: 'fixed-by-reloading', answers: 'who-are-you.owner', savedAt: 1 } },
      version: 1,
    }),
    'an outdated version': JSON.stringify({
      state: { saved: { stepId: 'reload-the-page', answers: 'who-are-you.visitor', savedAt: 1 } },
      version: 0,
    }),
    'a hostile payload': JSON.stringify({
      state: { saved: { stepId: '<img src=x onerror=alert(1)>', answers: 'x'.repeat(100_000), savedAt: 1 } },
      version: 1,
    }),
  };
  for (const [name, value] of Object.entries(broken)) {
    test(`with ${name} saved sees a working start page and no offer`, async ({ page }) => {
      await page.addInitScript(
        ([key, text]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key, text);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [STORE_KEY, value],
      );
      page.on('dialog', () => {
        throw new Error('a script from storage ran');
      });
      await page.goto('/');
      await hydrated(page);
      await expect(h1(page)).toHaveText(titleOf('who-are-you'));
      await expect(page.getByRole('region', { name: ui.resumeTitle })).toHaveCount(0);
      await answerLink(page, labelOf('who-are-you', 'visitor')).click();
      await expect(h1(page)).toHaveText(titleOf('reload-the-page'));
    });
  }
});

test.describe('an unknown step', () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE] });

  test('gets a friendly not-found page with status 404 and a way to start again', async ({ page }) => {
    const response = await page.goto('/step/no-such-step/');
    expect(response?.status()).toBe(404);
    await hydrated(page);
    await expect(h1(page)).toHaveText(ui.notFoundTitle);
    await page.getByRole('main').getByRole('link', { name: ui.startAgain }).click();
    await expect(h1(page)).toHaveText(titleOf('who-are-you'));
  });

  test('reached inside the app also shows the not-found page', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    await page.evaluate(() => {
      window.history.pushState({}, '', '/step/missing/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(h1(page)).toHaveText(ui.notFoundTitle);
  });
});

test('/index.html is the start page (a host may serve it by that name), and a step\'s index.html is that step', async ({ page }) => {
  await page.goto('/index.html');
  await hydrated(page);
  await expect(h1(page)).toHaveText(titleOf('who-are-you'));
  expect(new URL(page.url()).pathname).toBe('/');
  await answerLink(page, labelOf('who-are-you', 'visitor')).click();
  await expect(h1(page)).toHaveText(titleOf('reload-the-page'));

  await page.goto('/step/do-other-sites-load/index.html?a=who-are-you.visitor_reload-the-page.not-fixed');
  await hydrated(page);
  await expect(h1(page)).toHaveText(titleOf('do-other-sites-load'));
  await expect(page.getByRole('region', { name: ui.yourAnswers }).getByRole('link', { name: /^Change/ })).toHaveCount(2);
  expect(new URL(page.url()).pathname).toBe('/step/do-other-sites-load/');
});

test('keyboard only: Tab reaches the answers, Enter follows one, focus lands on the new heading', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: ui.skipToContent })).toBeFocused();
  // The skip link puts the focus on the page's heading, not on the body.
  await page.keyboard.press('Enter');
  await expect(h1(page)).toBeFocused();
  const first = page.locator('.answer').first();
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(titleOf('reload-the-page'));
  await expect(h1(page)).toBeFocused();
});

test('answers clicked before the app has started keep the earlier answers', async ({ page }) => {
  // A slow phone: the pre-rendered page and its first script are here, the app is not yet.
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto('/');
  await answerLink(page, labelOf('who-are-you', 'visitor')).click();
  await expect(h1(page)).toHaveText(titleOf('reload-the-page'));
  await answerLink(page, labelOf('reload-the-page', 'not-fixed')).click();
  await expect(h1(page)).toHaveText(titleOf('do-other-sites-load'));
  expect(new URL(page.url()).search).toBe('?a=who-are-you.visitor_reload-the-page.not-fixed');
  // Once the app runs, the page has both answers.
  await page.unrouteAll();
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('region', { name: ui.yourAnswers }).getByRole('link', { name: /^Change/ })).toHaveCount(2);
});
