import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expectNoViolationsLightAndDark } from './support/axe';
import { answerInTurn, answerLink, expect, hydrated, test } from './support/fixtures';
import { labelOf, titleOf, ui } from './support/flow-data';

/** Links from error pages: the context they carry, what is ignored, where the wizard starts. */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const panel = (page: Page) => page.getByRole('region', { name: ui.context.title });
const fact = (page: Page, term: string) => panel(page).locator('dt', { hasText: term }).locator('+ dd');
const chain = (page: Page) => page.getByRole('region', { name: ui.chain.title });
const suspectHop = (page: Page) => chain(page).getByRole('listitem').filter({ hasText: ui.chain.suspect });
const enc = encodeURIComponent;
const nowSeconds = () => Math.floor(Date.now() / 1000);

test('a Cloudflare link opens the Cloudflare question with the Ray ID, and the chain blames the origin', async ({ page }) => {
  await page.goto(`/?status=522&via=cloudflare&ray=7B2E4A1F9C3D8E21-LHR&url=${enc('https://shop.example.com/cart')}`);
  await hydrated(page);
  await expect(h1(page)).toHaveText(titleOf('which-cloudflare-error-is-it'));
  await expect(fact(page, ui.context.rayId)).toHaveText('7b2e4a1f9c3d8e21-LHR');
  await expect(fact(page, ui.context.status)).toHaveText(ui.context.statusNames['522']);
  await expect(panel(page)).toContainText(ui.context.startedHere);
  await expect(chain(page).getByRole('listitem')).toHaveText([
    ui.chain.hops.you,
    `${ui.chain.hops.cdn}: Cloudflare`,
    `${ui.chain.hops.gateway}, ${ui.chain.suspect}`,
    ui.chain.hops.app,
  ]);
  // Narrowing down moves the suspect: a 521 says the app behind the origin is down.
  await answerLink(page, labelOf('which-cloudflare-error-is-it', '521')).click();
  await expect(h1(page)).toHaveText(titleOf('start-the-upstream'));
  await expect(suspectHop(page)).toContainText(ui.chain.hops.app);
});

test("a visitor who could not tell whether the site is down is told their side is the quickest to check, not that the checks point there", async ({ page }) => {
  const walkTo = async (downForEveryone: string) => {
    await page.goto('/');
    await hydrated(page);
    await answerInTurn(page, [
      labelOf('who-are-you', 'visitor'),
      labelOf('reload-the-page', 'not-fixed'),
      labelOf('do-other-sites-load', 'yes'),
      labelOf('is-it-down-for-everyone', downForEveryone),
      labelOf('does-a-private-window-work', 'no'),
    ]);
    await expect(h1(page)).toHaveText(titleOf('turn-off-vpn-or-proxy'));
  };
  await walkTo('not-sure');
  await expect(chain(page).getByRole('listitem').first()).toHaveText(`${ui.chainForVisitors.hops.you}, ${ui.chain.checkFirst}`);
  await expect(chain(page)).toContainText(ui.chainForVisitors.reasons.youNext);
  await expect(chain(page)).not.toContainText(ui.chain.suspect);
  // "It seems to be just me" is a finding: then the checks do point at the visitor's side.
  await walkTo('just-me');
  await expect(suspectHop(page)).toContainText(ui.chainForVisitors.hops.you);
  await expect(chain(page)).toContainText(ui.chainForVisitors.reasons.you);
});

test('a 504 link starts at what 504 means; "start from the first question" goes to the start with the details kept', async ({ page }) => {
  await page.goto('/?status=504&rid=req-42');
  await hydrated(page);
  await expect(h1(page)).toHaveText(titleOf('it-is-a-504'));
  await expect(h1(page)).toBeFocused({ timeout: 1 }).catch(() => undefined);
  await panel(page).getByRole('link', { name: ui.context.startOver }).click();
  await expect(h1(page)).toHaveText(titleOf('who-are-you'));
  await expect(fact(page, ui.context.requestId)).toHaveText('req-42');
});

test('a link cannot put words on the page: unknown names are counted, ids must look like ids, and the panel says where it all came from', async ({ page }) => {
  const spoof = ['Call+%2B1+(800)+555-0100=1', `${enc('Support line')}=now`, `rid=${enc('CALL-SUPPORT-1-800-555-0100')}`, 'ray=CALLNOW'];
  await page.goto(`/?status=502&who=visitor&${spoof.join('&')}`);
  await hydrated(page);
  await expect(h1(page)).toHaveText(titleOf('reload-the-page'));
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(ui.context.title);
  await expect(panel(page)).toContainText(ui.context.intro);
  await expect(panel(page).getByRole('list').getByRole('listitem')).toHaveText([
    '2 details in the link were not used: the guide does not know their names.',
    /“rid”.*not a value/,
    /“ray”.*not a value/,
  ]);
  for (const word of ['555', 'SUPPORT', 'Support', 'Call', 'CALL']) await expect(page.locator('body')).not.toContainText(word);

  // A real id is shown as the link gave it, as code, under its label.
  await page.goto(`/?status=502&who=visitor&rid=req-7f3a9c2e&ray=8c1e2f3a4b5c6d7e-AMS`);
  await hydrated(page);
  await expect(fact(page, ui.context.requestId).locator('code')).toHaveText('req-7f3a9c2e');
  await expect(fact(page, ui.context.rayId).locator('code')).toHaveText('8c1e2f3a4b5c6d7e-AMS');
  await expect(panel(page).getByText(ui.context.ignoredTitle)).toHaveCount(0);
});

test('hostile links: nothing runs, nothing navigates, every refusal is named, and the page still works', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const hostile = [
    `url=${enc('javascript:alert(1)')}`,
    `status=${enc('<script>alert(1)</script>')}`,
    `rid=${enc('"><img src=x onerror=alert(1)>')}`,
    `via=${enc('nginx<svg onload=alert(1)>')}`,
    `time=${'9'.repeat(500)}`,
    `who=owner`,
    `who=visitor`,
    `${enc('<b>bold</b>')}=1`,
    `lang=${enc('xx-<i>')}`,
    `ray=${'a'.repeat(5_000)}`,
  ].join('&');
  await page.goto(`/?${hostile}`);
  await hydrated(page);
  await expect(h1(page)).toHaveText(titleOf('which-layer-answered'));
  // The address follows right after the step's first frame.
  await expect(page).toHaveURL((url) => url.pathname === '/step/which-layer-answered/');
  expect(dialogs).toBe(0);
  await expect(page.locator('main img, main svg:not([aria-hidden]) script, main b, main i')).toHaveCount(0);
  const notes = panel(page).getByRole('list').getByRole('listitem');
  await expect(notes).toHaveText([
    /“url”.*not a value/,
    /“status”.*too long/,
    /“rid”.*not a value/,
    /“via”.*too long/,
    /“time”.*too long/,
    /“who” more than once/,
    // An unknown name is counted, never quoted (the old note echoed it, markup and all).
    '1 detail in the link was not used: the guide does not know its name.',
    /“lang”.*not a value/,
    /“ray”.*too long/,
  ]);
  await expect(fact(page, ui.context.who)).toHaveText(ui.context.audiences.owner);
  await answerLink(page, labelOf('which-layer-answered', 'web-server')).click();
  await expect(h1(page)).toHaveText(titleOf('which-proxy-is-it'));
  expect(dialogs).toBe(0);
});

test.describe('a link with more than 8 KB of details', () => {
  test.use({ allowedConsoleErrors: [/status of 414/] });
  // The server answers it before the app (as nginx and Apache do at about 8 KB); the app's own cap on
  // the details it reads is in src/context/parse-context.test.ts.
  test('is refused whole with a page that says why, and leads to the start', async ({ page }) => {
    const response = await page.goto(`/?status=504&rid=${'x'.repeat(9_000)}`);
    expect(response?.status()).toBe(414);
    await expect(h1(page)).toHaveText('This link is too long');
    await page.getByRole('link', { name: 'Open the guide from its start' }).click();
    await hydrated(page);
    await expect(h1(page)).toHaveText(titleOf('who-are-you'));
    await expect(panel(page)).toHaveCount(0);
  });
});

test('the details last for the tab: a reload keeps them, a new tab does not, and Forget clears them', async ({ page, context }) => {
  await page.goto(`/?status=502&who=visitor&rid=abc123&time=${nowSeconds()}`);
  await hydrated(page);
  await expect(fact(page, ui.context.requestId)).toHaveText('abc123');
  await page.reload();
  await hydrated(page);
  await expect(fact(page, ui.context.requestId)).toHaveText('abc123');
  await expect(panel(page).getByText(ui.context.ignoredTitle)).toHaveCount(0);

  const other = await context.newPage();
  await other.goto('/step/reload-the-page/');
  await hydrated(other);
  await expect(panel(other)).toHaveCount(0);
  await other.close();

  await panel(page).getByRole('button', { name: ui.context.forget }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByText(ui.context.forgotten)).toBeFocused();
  await answerLink(page, labelOf('reload-the-page', 'not-fixed')).click();
  await expect(h1(page)).toHaveText(titleOf('do-other-sites-load'));
  await expect(page.getByText(ui.context.forgotten)).toHaveCount(0);
  await page.reload();
  await hydrated(page);
  await expect(panel(page)).toHaveCount(0);
});

test.describe('a site that stops answering', () => {
  // Chromium reports the refused connection of the last check as a console error.
  test.use({ allowedConsoleErrors: [/ERR_CONNECTION_REFUSED|status of 502/] });

  test('the live check says so and the chain points at the visitor’s side', async ({ page, baseURL }) => {
    // A site whose answers the wizard may read (CORS), answering 502 until it goes away entirely.
    const server = createServer((_, res) => res.writeHead(502, { 'Access-Control-Allow-Origin': new URL(baseURL ?? '').origin }).end());
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
    await page.goto(`/?status=502&who=visitor&url=${enc(`http://127.0.0.1:${port}/`)}`);
    await hydrated(page);
    // A visitor reads the chain in plain words.
    await expect(suspectHop(page)).toContainText(ui.chainForVisitors.hops.app);
    await page.getByRole('button', { name: ui.live.start }).click();
    const status = panel(page).getByRole('status');
    await expect(status).toContainText(ui.live.stillStatus.split('{status}')[0] + '502');

    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await panel(page).getByRole('button', { name: ui.live.checkNow }).click();
    await expect(status).toContainText(ui.live.noAnswer.split('.')[0]);
    await expect(suspectHop(page)).toContainText(ui.chainForVisitors.hops.you);
    await expect(chain(page)).toContainText(ui.chainForVisitors.reasons.liveNoAnswer);
    await panel(page).getByRole('button', { name: ui.live.stop }).click();
    await expect(status).toHaveText(ui.live.stopped);
    await expect(panel(page).getByRole('button', { name: ui.live.start })).toBeFocused();
    await expectNoViolationsLightAndDark(page);
  });
});

test('the panel and the chain pass axe on a phone, in light and dark mode', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/?status=502&via=haproxy&who=owner&rid=7f3a&url=${enc('https://shop.example.com/a')}&junk=1`);
  await hydrated(page);
  await expect(h1(page)).toHaveText(titleOf('what-does-haproxy-log'));
  await expect(panel(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoViolationsLightAndDark(page);
});
