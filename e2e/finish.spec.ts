import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoViolationsLightAndDark } from './support/axe';
import { answerLink, expect, hydrated, test } from './support/fixtures';
import { labelOf, titleOf, ui } from './support/flow-data';

/** Ending well: changing an answer, the incident report, "did this fix it?" at an outcome. */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const yourAnswers = (page: Page) => page.getByRole('region', { name: ui.yourAnswers });
const answered = (page: Page) => yourAnswers(page).locator('dd:not(:has(a))');
const changeLink = (page: Page, stepId: string) =>
  page.getByRole('link', { name: `${ui.change} ${ui.changeAnswerTo.replace('{question}', titleOf(stepId))}` });

/** Clicks through answers from the start page. */
const walk = async (page: Page, steps: [string, string][]) => {
  await page.goto('/');
  await hydrated(page);
  for (const [stepId, answerId] of steps) {
    await expect(h1(page)).toHaveText(titleOf(stepId));
    await answerLink(page, labelOf(stepId, answerId)).click();
  }
};

const visitorPath: [string, string][] = [
  ['who-are-you', 'visitor'],
  ['reload-the-page', 'not-fixed'],
  ['do-other-sites-load', 'yes'],
  ['is-it-down-for-everyone', 'just-me'],
  ['does-a-private-window-work', 'yes'],
];

test.describe('changing an answer', () => {
  test('keeps the later answers that still apply, and jumps to where they lead', async ({ page }) => {
    await walk(page, visitorPath);
    await expect(h1(page)).toHaveText(titleOf('clear-cache-and-cookies'));
    await changeLink(page, 'is-it-down-for-everyone').click();
    await expect(h1(page)).toHaveText(titleOf('is-it-down-for-everyone'));
    await expect(page.getByText(ui.keptAnswers)).toBeVisible();
    // The answer given before is marked, on screen and for a screen reader.
    const before = page.locator('a.answer[aria-current="true"]');
    await expect(before).toHaveCount(1);
    await expect(before).toHaveAccessibleName(`${labelOf('is-it-down-for-everyone', 'just-me')} ${ui.previousAnswer}`);
    await answerLink(page, labelOf('is-it-down-for-everyone', 'not-sure')).click();
    // "Does a private window work?" comes next on the new route too: its answer is reused.
    await expect(h1(page)).toHaveText(titleOf('clear-cache-and-cookies'));
    await expect(answered(page)).toHaveText([
      labelOf('who-are-you', 'visitor'),
      labelOf('reload-the-page', 'not-fixed'),
      labelOf('do-other-sites-load', 'yes'),
      labelOf('is-it-down-for-everyone', 'not-sure'),
      labelOf('does-a-private-window-work', 'yes'),
    ]);
  });

  test('drops the later answers that no longer apply', async ({ page }) => {
    await walk(page, visitorPath);
    await changeLink(page, 'do-other-sites-load').click();
    await answerLink(page, labelOf('do-other-sites-load', 'no')).click();
    await expect(h1(page)).toHaveText(titleOf('restart-your-router'));
    await expect(answered(page)).toHaveText([
      labelOf('who-are-you', 'visitor'),
      labelOf('reload-the-page', 'not-fixed'),
      labelOf('do-other-sites-load', 'no'),
    ]);
  });
});

test.describe('the incident report', () => {
  const arrival = `/?status=502&via=nginx&who=visitor&rid=req-7f3a&url=${encodeURIComponent('https://shop.example.com/cart')}`;
  const toOutcome = async (page: Page) => {
    await page.goto(arrival);
    await hydrated(page);
    await expect(h1(page)).toHaveText(titleOf('reload-the-page'));
    for (const [stepId, answerId] of [
      ['reload-the-page', 'not-fixed'],
      ['do-other-sites-load', 'yes'],
      ['is-it-down-for-everyone', 'everyone'],
    ]) {
      await answerLink(page, labelOf(stepId, answerId)).click();
    }
    await expect(h1(page)).toHaveText(titleOf('site-is-down-for-everyone'));
  };
  const expectFields = (report: string) => {
    for (const text of [
      ui.report.title,
      'https://shop.example.com/cart',
      ui.context.statusNames['502'],
      'req-7f3a',
      // What the site's support runs to find this request in nginx's log.
      "grep -F 'req-7f3a' /var/log/nginx/access.log",
      'nginx',
      ui.report.audiences.visitor,
      titleOf('site-is-down-for-everyone'),
      labelOf('is-it-down-for-everyone', 'everyone'),
      titleOf('reload-the-page'),
      ui.report.attachItems.screenshot.what,
      '/step/site-is-down-for-everyone/?a=reload-the-page.not-fixed',
    ]) {
      expect(report, text).toContain(text);
    }
    // A visitor is not asked for a HAR file: it is for people who read network traces.
    expect(report).not.toContain(ui.report.attachItems.har.what);
    expect(report).toMatch(/Chrom(e|ium) \d+, \w+/);
    expect(report).toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
  };

  // The Markdown escapes what a renderer would turn into links or formatting (`https\://`): read it as a person would.
  const asRead = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

  test('for a visitor: copies for an email, downloads as Markdown, prints cleanly and reopens by its permalink', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await toOutcome(page);
    // A visitor is offered a summary to send the site, not an incident report.
    await expect(page.getByRole('link', { name: ui.report.open })).toHaveCount(0);
    await page.getByRole('link', { name: ui.report.openForVisitor }).first().click();
    await expect(h1(page)).toHaveText(ui.report.pageTitle);
    await expect(page.getByRole('heading', { name: ui.report.sections.request })).toBeVisible();
    // The browser is named once its detector's chunk has loaded; copy after that, as a person would.
    await expect(page.locator('.report-body')).toContainText(/Chrom(e|ium) \d+, \w+/);

    // A visitor's first action is the one they need: text to paste into an email to the site.
    await expect(page.getByRole('button', { name: ui.report.copyMarkdown })).toHaveCount(0);
    await page.getByRole('button', { name: ui.report.copyForEmail }).click();
    await expect(page.getByRole('status')).toHaveText(ui.report.copied);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expectFields(text);
    expect(text).not.toContain('**');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui.report.download }).click()]);
    expect(download.suggestedFilename()).toMatch(/^gateway-doctor-502-report-\d{12}\.md$/);
    const markdown = readFileSync((await download.path()) ?? '', 'utf8');
    expectFields(asRead(markdown));
    expect(markdown).toContain(`## ${ui.report.sections.answers}`);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: ui.report.print })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('heading', { name: ui.report.sections.attach })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    const permalink = (await page.locator('.report-link a').getAttribute('href')) ?? '';
    const other = await browser.newContext();
    const reopened = await other.newPage();
    await reopened.goto(permalink);
    await hydrated(reopened);
    await expect(h1(reopened)).toHaveText(titleOf('site-is-down-for-everyone'));
    await expect(reopened.getByRole('region', { name: ui.yourAnswers }).locator('dd:not(:has(a))')).toHaveCount(3);
    await expect(reopened.getByRole('region', { name: ui.context.title })).toContainText('req-7f3a');
    await other.close();
  });

  test("for an owner: copies as Markdown for the team's tracker, or as plain text, and asks for the log and a HAR file", async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/report/?at=which-proxy-is-it&a=who-are-you.owner_which-layer-answered.web-server');
    await hydrated(page);
    await page.getByRole('button', { name: ui.report.copyMarkdown }).click();
    await expect(page.getByRole('status')).toHaveText(ui.report.copied);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(`## ${ui.report.sections.answers}`);
    for (const item of [ui.report.attachItems.log.what, ui.report.attachItems.har.what]) expect(asRead(markdown)).toContain(item);
    await page.getByRole('button', { name: ui.report.copyText }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toContain('## ');
  });

  test('passes axe, light and dark', async ({ page }) => {
    await toOutcome(page);
    await page.getByRole('link', { name: ui.report.openForVisitor }).first().click();
    await expect(page.getByRole('heading', { name: ui.report.sections.request })).toBeVisible();
    await expectNoViolationsLightAndDark(page);
  });

  test('opened directly by its address, leads back to its step with the answers', async ({ page }) => {
    await page.goto('/report/?at=do-other-sites-load&a=who-are-you.visitor_reload-the-page.not-fixed');
    await hydrated(page);
    await expect(page.getByRole('link', { name: ui.report.back })).toHaveAttribute(
      'href',
      '/step/do-other-sites-load/?a=who-are-you.visitor_reload-the-page.not-fixed',
    );
    await expect(page.getByRole('heading', { name: ui.report.sections.answers }).locator('+ ol > li')).toHaveCount(2);
  });

  test("opened by its address with an error page's context, keeps its step and answers and takes in the context", async ({ page }) => {
    const journey = 'who-are-you.visitor_reload-the-page.not-fixed';
    await page.goto(`/report/?at=do-other-sites-load&a=${journey}&status=504&rid=req-9c1d`);
    await hydrated(page);
    await expect(page.getByRole('link', { name: ui.report.back })).toHaveAttribute('href', `/step/do-other-sites-load/?a=${journey}`);
    await expect(page.getByRole('region', { name: ui.report.sections.summary }).getByRole('definition').first()).toHaveText(
      titleOf('do-other-sites-load'),
    );
    await expect(page.getByRole('heading', { name: ui.report.sections.answers }).locator('+ ol > li')).toHaveCount(2);
    const request = page.getByRole('region', { name: ui.report.sections.request });
    await expect(request).toContainText(ui.context.statusNames['504']);
    await expect(request).toContainText('req-9c1d');
    // The context leaves the address bar (it stays for this tab); the report's own parameters stay.
    const address = new URL(page.url());
    expect(address.pathname).toBe('/report/');
    expect([...address.searchParams.keys()]).toEqual(['at', 'a']);
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('region', { name: ui.report.sections.summary }).getByRole('definition').first()).toHaveText(
      titleOf('do-other-sites-load'),
    );
    await expect(request).toContainText('req-9c1d');
  });

  test("asks a visitor who came with nothing for the page's address and the time, and puts both in the summary", async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/step/problem-is-on-the-site/?a=who-are-you.visitor_reload-the-page.not-fixed_do-other-sites-load.yes_is-it-down-for-everyone.one-page');
    await hydrated(page);
    await page.getByRole('link', { name: ui.report.openForVisitor }).first().click();
    const address = page.getByRole('textbox', { name: ui.report.fill.address });
    const when = page.getByRole('textbox', { name: ui.report.fill.when });
    // The time starts as now, on the visitor's clock.
    await expect(when).toHaveValue(/\d/);
    // Not a web address: said so once the field is left (not at the first letter), and kept as typed.
    await address.fill('shop.example.com/checkout');
    await expect(address).not.toHaveAttribute('aria-invalid', 'true');
    await address.blur();
    await expect(page.getByRole('alert')).toHaveText(ui.report.fill.notAnAddress);
    await expect(address).toHaveAccessibleDescription(`${ui.report.fill.notAnAddress} ${ui.report.fill.addressHint}`);
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await address.fill('https://shop.example.com/checkout');
    await expect(address).toHaveAccessibleDescription(ui.report.fill.addressHint);
    await when.fill('today, 9:40 in the morning');
    await page.getByRole('button', { name: ui.report.copyForEmail }).click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(`${ui.report.fields.url}: https://shop.example.com/checkout`);
    expect(text).toContain(`${ui.report.fields.failedAt}: today, 9:40 in the morning`);
    // A link from the error page already told the address and the time: nothing to type.
    await page.goto(`/report/?at=problem-is-on-the-site&url=${encodeURIComponent('https://shop.example.com/cart')}&time=${encodeURIComponent(new Date().toISOString())}`);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: ui.report.sections.request })).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });

  test('names the IT team as the summary\'s reader when the work network is to blame', async ({ page }) => {
    await page.goto('/step/ask-your-it-team/?a=who-are-you.visitor_reload-the-page.not-fixed_do-other-sites-load.yes_is-it-down-for-everyone.only-at-work');
    await hydrated(page);
    await expect(page.getByRole('link', { name: ui.report.openForIt }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: ui.report.openForVisitor })).toHaveCount(0);
  });

  test('is offered once there is something to report, and opens without answers too', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    await answerLink(page, labelOf('who-are-you', 'owner')).click();
    await expect(h1(page)).toHaveText(titleOf('which-layer-answered'));
    await expect(page.getByRole('link', { name: ui.report.open })).toHaveCount(0);
    await answerLink(page, labelOf('which-layer-answered', 'web-server')).click();
    await expect(h1(page)).toHaveText(titleOf('which-proxy-is-it'));
    await page.getByRole('link', { name: ui.report.open }).click();
    await expect(h1(page)).toHaveText(ui.report.pageTitle);
    await page.goto('/report/');
    await hydrated(page);
    await expect(page.getByText(ui.report.noAnswers)).toBeVisible();
  });
});

test('"does it work now?" at an outcome that is not fixed: the answer is an event, and "no" leads to the report', async ({ page }) => {
  await page.goto('/step/site-is-down-for-everyone/?a=reload-the-page.not-fixed_do-other-sites-load.yes_is-it-down-for-everyone.everyone');
  await hydrated(page);
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    window.addEventListener('gateway-doctor:fix-answered', (event) => seen.push((event as CustomEvent).detail));
  });
  const feedback = page.getByRole('region', { name: ui.outcomeFeedback.question });
  await feedback.getByRole('button', { name: ui.outcomeFeedback.no }).click();
  await expect(feedback.getByRole('button', { name: ui.outcomeFeedback.no })).toHaveAttribute('aria-pressed', 'true');
  await expect(feedback.getByRole('status')).toContainText(ui.outcomeFeedback.thanksNot);
  expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
    { type: 'fix-answered', stepId: 'site-is-down-for-everyone', fixed: false },
  ]);
  // A visitor's way here: the link names the report as the page's own offer of it does, a summary to send the site.
  await expect(feedback.getByRole('link', { name: ui.report.open })).toHaveCount(0);
  // Offered once: the ways on below no longer repeat the link the answer brought.
  await expect(page.getByRole('link', { name: ui.report.openForVisitor })).toHaveCount(1);
  await feedback.getByRole('link', { name: ui.report.openForVisitor }).click();
  await expect(h1(page)).toHaveText(ui.report.pageTitle);
});
