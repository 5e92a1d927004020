import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import {
  findBinary,
  makeLabDir,
  releaseLabDir,
  nginxSpec,
  startGateway,
  unprivilegedUser,
  type GatewaySpec,
  type RunningGateway,
} from '../gateway-lab/gateways';
import { freePort } from '../gateway-lab/upstream';
import { expect, test } from './support/fixtures';
import { titleOf, ui } from './support/flow-data';
import { localeData } from './support/locale-data';

/**
 * From a real nginx 502 to the wizard and back: nginx on 127.0.0.1 in front of an upstream that is not
 * running serves the ready-made page (public/error-pages/nginx-502.html) with SSI; the browser follows
 * its link into the wizard, then the upstream starts and the live check sees the site come back.
 */

const nginxBinary = findBinary('nginx');

/** The policy docs/error-pages.md gives the page on a site that sends one: its own style, by hash. */
const pagePolicy = /add_header Content-Security-Policy "([^"]+)" always;/.exec(readFileSync(path.resolve('docs/error-pages.md'), 'utf8'))?.[1];
if (!pagePolicy) throw new Error('docs/error-pages.md no longer gives the error page a Content-Security-Policy');
const required = process.env.RUN_GATEWAY_LAB === '1';

// The browser reports every failed load of the 502 (the page itself, each check) as a console error.
test.use({ allowedConsoleErrors: [/status of 502/] });
test.skip(!nginxBinary && !required, 'nginx is not installed (gateway-lab/install-servers.sh installs it)');

/** nginx with the ready-made page on 502, letting the wizard's origin read statuses (docs/error-pages.md). */
const nginxFor = (upstreamPort: number, deadPort: number, wizardOrigin: string): GatewaySpec =>
  nginxSpec(
    ({ dir, port }) => `  log_format checks '$request_method $request_uri $status $request_id';
  access_log ${dir}/access.log checks;
  server {
    listen 127.0.0.1:${port};
    add_header Access-Control-Allow-Origin ${wizardOrigin} always;
    add_header Access-Control-Expose-Headers Retry-After always;
    location / {
      proxy_pass http://127.0.0.1:${upstreamPort};
      proxy_set_header X-Request-ID $request_id;
    }
    error_page 502 /error-pages/nginx-502.html;
    location = /error-pages/nginx-502.html {
      root ${dir}/www;
      internal;
      ssi on;
      add_header Content-Security-Policy "${pagePolicy}" always;
      add_header Access-Control-Allow-Origin ${wizardOrigin} always;
      add_header Access-Control-Expose-Headers Retry-After always;
    }
    # A German shop in front of an upstream that never runs, with the German page.
    location /de-shop/ {
      proxy_pass http://127.0.0.1:${deadPort};
      error_page 502 /error-pages/de/nginx-502.html;
    }
    location = /error-pages/de/nginx-502.html {
      root ${dir}/www;
      internal;
      ssi on;
      add_header Content-Security-Policy "${pagePolicy}" always;
    }
  }`,
  );

let dir: string;
let nginx: RunningGateway;
let upstreamPort: number;
let upstream: Server | undefined;

test.beforeAll(async ({ baseURL }) => {
  if (!nginxBinary) throw new Error('RUN_GATEWAY_LAB=1 but nginx is not installed');
  const wizard = new URL(baseURL ?? '').origin;
  dir = makeLabDir();
  upstreamPort = await freePort();
  for (const file of ['nginx-502.html', 'de/nginx-502.html']) {
    const page = readFileSync(path.resolve('public/error-pages', file), 'utf8').replaceAll('https://gateway-doctor.example/', `${wizard}/`);
    mkdirSync(path.dirname(path.join(dir, 'www/error-pages', file)), { recursive: true });
    writeFileSync(path.join(dir, 'www/error-pages', file), page);
  }
  nginx = await startGateway(nginxFor(upstreamPort, await freePort(), wizard), nginxBinary, {
    dir,
    port: await freePort(),
    routes: [],
    timeoutSeconds: 2,
    runAs: unprivilegedUser('nginx'),
  });
});

test.afterAll(async () => {
  await nginx?.stop();
  await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
  if (dir) releaseLabDir(dir);
});

test('a real nginx 502 page leads into the wizard with its context, and the live check sees the site come back', async ({ page }) => {
  const failing = `http://127.0.0.1:${nginx.port}/cart/checkout`;

  // The browser gets nginx's real 502 and the ready-made page, styled under the policy the docs give
  // it (the fixtures fail on any violation).
  const response = await page.goto(`${failing}?session=secret-token`);
  expect(response?.status()).toBe(502);
  expect(response?.headers()['content-security-policy']).toBe(pagePolicy);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not available right now');
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
  const requestId = (await page.locator('dt:has-text("Request ID") + dd').textContent())?.trim() ?? '';
  expect(requestId).toMatch(/^[0-9a-f]{32}$/);

  // Its link opens the wizard at the visitor's first step, with what the page knew.
  await page.getByRole('link', { name: 'What can I do?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('reload-the-page'));
  expect(new URL(page.url()).pathname).toBe('/step/reload-the-page/');
  expect(page.url()).not.toContain('rid=');
  const known = page.getByRole('region', { name: ui.context.title });
  const fact = (term: string) => known.locator('dt', { hasText: term }).locator('+ dd');
  await expect(fact(ui.context.address)).toHaveText(failing);
  await expect(fact(ui.context.status)).toHaveText(ui.context.statusNames['502']);
  await expect(fact(ui.context.requestId)).toHaveText(requestId);
  await expect(fact(ui.context.via)).toHaveText('nginx');
  await expect(known).not.toContainText('secret-token');
  await expect(known.getByText(ui.context.ignoredTitle)).toHaveCount(0);

  // The chain puts the fault behind nginx, in a visitor's words.
  const chain = page.getByRole('region', { name: ui.chain.title });
  await expect(chain.getByRole('listitem').filter({ hasText: ui.chain.suspect })).toContainText(ui.chainForVisitors.hops.app);
  await expect(chain.getByRole('listitem').filter({ hasText: 'nginx' })).toBeVisible();

  // The first check finds the 502; after the upstream starts, "check again" finds the site back.
  const status = known.getByRole('status');
  await known.getByRole('button', { name: ui.live.start }).click();
  await expect(status).toContainText(ui.live.stillStatus.split('{status}')[0] + '502');

  upstream = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>Shop</title><h1>Checkout</h1>');
  });
  await new Promise<void>((resolve) => upstream?.listen(upstreamPort, '127.0.0.1', resolve));

  await known.getByRole('button', { name: ui.live.checkNow }).click();
  await expect(status).toContainText(ui.live.back.replace('{status}', '200'));
  await expect(status.getByRole('link', { name: ui.live.openSite })).toHaveAttribute('href', failing);
  await expect(chain).toContainText(ui.chainForVisitors.reasons.back);

  // One request per check, each a HEAD to the failing address: the wizard adds no load of its own.
  const checks = nginx.accessLog.lines().filter((line) => line.startsWith('HEAD '));
  expect(checks.map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
    'HEAD /cart/checkout 502',
    'HEAD /cart/checkout 200',
  ]);
});

test("nginx's German 502 page opens the guide in German, with its context", async ({ page }) => {
  const german = localeData('de');
  const template = readFileSync(path.resolve('public/error-pages/de/nginx-502.html'), 'utf8');
  const heading = /<h1>([^<]+)<\/h1>/.exec(template)?.[1] ?? '';
  // The link's text: what follows the last ">" before its "</a>" (its address holds SSI, quotes and all).
  const action = template.split('</a>').find((part) => part.includes('href="https://gateway-doctor.example/?lang=de'))?.split('>').pop() ?? '';
  const failing = `http://127.0.0.1:${nginx.port}/de-shop/kasse`;

  const response = await page.goto(failing);
  expect(response?.status()).toBe(502);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);

  // lang=de in its link: the guide's German pages, the journey's context kept.
  await page.getByRole('link', { name: action }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(german.titleOf('reload-the-page'));
  expect(new URL(page.url()).pathname).toBe(german.pathOf('reload-the-page'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const known = page.getByRole('region', { name: german.ui.context.title });
  await expect(known.locator('dt', { hasText: german.ui.context.address }).locator('+ dd')).toHaveText(failing);
  await expect(known.locator('dt', { hasText: german.ui.context.via }).locator('+ dd')).toHaveText('nginx');
});
