import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import { violations } from './support/axe';
import { answerLink, expect, test } from './support/fixtures';
import { flow, labelOf, titleOf, ui } from './support/flow-data';
import { localeData } from './support/locale-data';

/**
 * A help center on another origin embeds the wizard twice with the script and once as a plain iframe,
 * under a strict CSP that allows only the wizard's origin; a third origin on the page tries to steer it.
 */

const files = path.resolve('e2e/embed-host');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** A static server on 127.0.0.1 for the files above, with the addresses filled in and a CSP of its own. */
const serve = (csp: () => string, fill: Record<string, () => string>): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((request, response) => {
      const name = path.basename(new URL(request.url ?? '/', 'http://x').pathname) || 'index.html';
      if (name === 'favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      const type = types[path.extname(name)];
      let body: string;
      try {
        body = readFileSync(path.join(files, name), 'utf8');
      } catch {
        response.writeHead(404).end();
        return;
      }
      for (const [token, value] of Object.entries(fill)) body = body.replaceAll(token, value());
      response.writeHead(200, { 'content-type': type ?? 'text/plain', 'content-security-policy': csp() });
      response.end(body);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });

const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
let host: Server;
let evil: Server;
let wizard: string;

test.beforeAll(async ({ baseURL }) => {
  wizard = new URL(baseURL ?? '').origin;
  evil = await serve(() => "default-src 'self'", {});
  host = await serve(
    // All a host needs: the wizard's origin in script-src (for embed.js) and frame-src.
    () => `default-src 'self'; script-src 'self' ${wizard}; frame-src ${wizard} ${origin(evil)}; style-src 'self'; img-src 'self'`,
    { '{{WIZARD}}': () => wizard, '{{EVIL}}': () => origin(evil) },
  );
});

test.afterAll(async () => {
  await Promise.all([host, evil].map((server) => new Promise((resolve) => server?.close(resolve))));
});

const h1 = (frame: FrameLocator) => frame.getByRole('heading', { level: 1 });
interface HostEvent {
  container: string;
  type: string;
  detail: { type: string; frame: string; stepId?: string; fixed?: boolean; kind?: string; height?: number };
}
const hostEvents = (page: Page): Promise<HostEvent[]> => page.evaluate(() => (window as unknown as { hostEvents: HostEvent[] }).hostEvents);

/** The frame's height is its content's height: no inner scrollbar, nothing cut off. */
const expectSizedToContent = async (page: Page, selector: string) => {
  await expect(async () => {
    const frameHeight = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
    const contentHeight = await page.frameLocator(selector).locator('body').evaluate((body) => body.getBoundingClientRect().height);
    const scrolls = await page.frameLocator(selector).locator('html').evaluate((html) => html.scrollHeight > html.clientHeight + 1);
    expect(Math.abs(frameHeight - Math.ceil(contentHeight)), `frame ${frameHeight}, content ${contentHeight}`).toBeLessThanOrEqual(1);
    expect(scrolls).toBe(false);
  }).toPass({ timeout: 15_000 });
};

test('two script embeds and a plain iframe on another origin: sized, independent, themed, and talking only to their host', async ({ page }) => {
  await page.goto(`${origin(host)}/index.html`);
  const visitors = page.locator('iframe[title^="Gateway Doctor: step-by-step"]');
  const engineers = page.locator('#engineers iframe');
  await expect(visitors).toHaveAttribute('loading', 'lazy');
  await expect(visitors).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect(visitors).toHaveAttribute('sandbox', /allow-scripts/);
  await expect(engineers).toHaveAttribute('title', 'Gateway Doctor for engineers');

  const a = page.frameLocator('iframe[title^="Gateway Doctor: step-by-step"]');
  const b = page.frameLocator('#engineers iframe');
  await expect(h1(a)).toHaveText(titleOf('reload-the-page'));
  await expect(h1(b)).toHaveText(titleOf('which-layer-answered'));
  await expect(a.getByRole('banner')).toBeHidden();
  await expect(a.getByRole('region', { name: ui.context.title })).toContainText('host-7f3a');
  await expect(b.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(b.getByRole('main', { name: 'Gateway Doctor for engineers' })).toBeVisible();
  await expect(b.getByRole('region', { name: ui.context.title })).toHaveCount(0);
  await expect(visitors).toBeVisible();
  await expectSizedToContent(page, 'iframe[title^="Gateway Doctor: step-by-step"]');
  await expectSizedToContent(page, '#engineers iframe');

  // A step in the first frame: it resizes, and its events reach the first container only.
  const frameA = (await visitors.getAttribute('name')) ?? '';
  const before = await visitors.evaluate((el) => el.getBoundingClientRect().height);
  await answerLink(a as unknown as Page, labelOf('reload-the-page', 'not-fixed')).click();
  await expect(h1(a)).toHaveText(titleOf('do-other-sites-load'));
  await expectSizedToContent(page, 'iframe[title^="Gateway Doctor: step-by-step"]');
  expect(await visitors.evaluate((el) => el.getBoundingClientRect().height)).not.toBe(before);

  await expect.poll(async () => (await hostEvents(page)).filter((e) => e.type !== 'gateway-doctor:resize').map((e) => `${e.container} ${e.type} ${e.detail.stepId}`)).toEqual(
    expect.arrayContaining([
      'gateway-doctor gateway-doctor:step-viewed reload-the-page',
      'engineers gateway-doctor:step-viewed which-layer-answered',
      'gateway-doctor gateway-doctor:fix-answered reload-the-page',
      'gateway-doctor gateway-doctor:step-viewed do-other-sites-load',
    ]),
  );
  const events = await hostEvents(page);
  // The frame's height reaches the host too, as the event the docs list.
  expect(events.some((e) => e.container === 'gateway-doctor' && e.type === 'gateway-doctor:resize' && typeof e.detail.height === 'number' && e.detail.frame === frameA)).toBe(true);
  const fix = events.find((e) => e.type === 'gateway-doctor:fix-answered');
  expect(fix?.detail).toEqual({ type: 'fix-answered', stepId: 'reload-the-page', fixed: false, frame: frameA });
  expect(events.filter((e) => e.container === 'engineers').every((e) => e.detail.frame !== frameA)).toBe(true);
  const messages = await page.evaluate(() => (window as unknown as { hostMessages: { origin: string; data: { source?: string } }[] }).hostMessages);
  expect(messages.filter((m) => m.data?.source === 'gateway-doctor').every((m) => m.origin === wizard)).toBe(true);

  // Another origin on the page sends a well-formed command: ignored. The host's own command works.
  await page.frame({ url: /evil\.html/ })?.evaluate(() => (window as unknown as { forge: () => void }).forge());
  await page.waitForTimeout(300);
  await expect(a.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await page.locator('.gateway-doctor').evaluate((container) =>
    container.dispatchEvent(new CustomEvent('gateway-doctor:command', { detail: { type: 'set-theme', theme: 'dark' } })),
  );
  await expect(a.locator('html')).toHaveAttribute('data-theme', 'dark');

  // The plain iframe form: embed mode without the script (no chrome), at the step it names.
  const plain = page.frameLocator('#plain');
  await expect(h1(plain)).toHaveText(titleOf('which-code-do-you-see'));
  await expect(plain.getByRole('banner')).toBeHidden();
});

test('keyboard focus moves into the frame and back out in page order; axe passes on the host page', async ({ page }) => {
  await page.goto(`${origin(host)}/index.html`);
  const a = page.frameLocator('iframe[title^="Gateway Doctor: step-by-step"]');
  await expect(h1(a)).toHaveText(titleOf('reload-the-page'));
  await page.locator('#before').focus();
  await page.keyboard.press('Tab');
  await expect(a.locator(':focus')).toHaveText(ui.skipToContent);
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('#before')).toBeFocused();
  expect(await violations(page)).toEqual([]);
});

test('links that leave the wizard open in a new tab and leave the frame where it is', async ({ page, context }) => {
  // No internet here: the documentation site answers from the test.
  await context.route('https://nginx.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>nginx docs</title>' }));
  await page.goto(`${origin(host)}/index.html`);
  const b = page.frameLocator('#engineers iframe');
  // The app runs in the frame before the answers are followed: this test is about the links that leave
  // it (a click in the moment the app replaced the pre-rendered page was once lost on a busy machine).
  await expect(b.locator('html[data-hydrated]')).toHaveCount(1);
  await answerLink(b as unknown as Page, labelOf('which-layer-answered', 'web-server')).click();
  await expect(h1(b)).toHaveText(titleOf('which-proxy-is-it'));
  await answerLink(b as unknown as Page, labelOf('which-proxy-is-it', 'nginx')).click();
  await expect(h1(b)).toHaveText(titleOf('what-does-nginx-log'));
  // The documentation links sit in the page's folded reference sections: open the first that has one.
  await b.locator('details:has(a[href^="https://nginx.org/"]) > summary').first().click();
  const link = b.locator('.step-body a[href^="https://nginx.org/"]').first();
  const href = await link.getAttribute('href');
  const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
  expect(popup.url()).toBe(href);
  await popup.close();
  await expect(h1(b)).toHaveText(titleOf('what-does-nginx-log'));
});

test('the embed demo page fits a 390 px phone: every control whole on screen, labels at reading size', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/embed-demo.html');
  // The demo mounts the wizard; the page is measured once the frame is there and has sized itself.
  await expect(h1(page.frameLocator('#demo iframe'))).toHaveText(titleOf(flow.start));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const name of ['Start with', 'Theme', 'Accent colour', 'Context']) {
    const control = page.getByLabel(name, { exact: true });
    const box = await control.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390, name).toBe(true);
    const label = page.locator('label', { hasText: name });
    expect(await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)), name).toBeGreaterThanOrEqual(16);
  }
  const button = await page.getByRole('button', { name: 'Show it' }).boundingBox();
  expect(button && button.x + button.width <= 390).toBe(true);
});


test("passes a value longer than the guide accepts so that the guide refuses it and says so, never a shortened one", async ({ page }) => {
  await page.goto(`${origin(host)}/long.html`);
  const frame = page.frameLocator('iframe');
  await expect(h1(frame)).toHaveText(titleOf('reload-the-page'));
  const context = frame.getByRole('region', { name: ui.context.title });
  await expect(context).toContainText('host-9d2e');
  await expect(context).toContainText(ui.context.ignored.tooLong.replace('{name}', 'url'));
  await expect(context).not.toContainText('shop.example.com');
});
test('data-lang="de" opens the German guide in the frame, with the context the host gave', async ({ page }) => {
  const german = localeData('de');
  await page.goto(`${origin(host)}/german.html`);
  const frame = page.frameLocator('iframe');
  await expect(h1(frame)).toHaveText(german.titleOf('reload-the-page'));
  // The frame's name for a screen reader is in the guide's language too.
  await expect(page.locator('iframe')).toHaveAttribute('title', 'Gateway Doctor: Schritt-für-Schritt-Hilfe bei einem 502 Bad Gateway');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'de');
  await expect(frame.getByRole('region', { name: german.ui.context.title })).toContainText('host-de-1');
  await expect(frame.getByRole('banner')).toBeHidden();
});
