import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Page, Route } from '@playwright/test';
import { answerLink, expect, hydrated, test } from './support/fixtures';
import { labelOf, pathOf, titleOf, ui } from './support/flow-data';

/** After the first visit, the whole wizard works with the network off (src/offline-worker). */

test.use({ serviceWorkers: 'allow' });

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

// The nginx log step's own chunk (its body), which only that step loads.
const NGINX_STEP_CHUNK = '**/assets/what-does-nginx-log-*.js';
const nginxStep = `${pathOf('what-does-nginx-log')}?a=which-layer-answered.web-server_which-proxy-is-it.nginx`;

/** The content types the worker's caches hold for the nginx step's chunk (none when it has no copy). */
const cachedChunkTypes = (page: Page) =>
  page.evaluate(async () => {
    const types: (string | null)[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (request.url.includes('/assets/what-does-nginx-log-')) types.push((await cache.match(request))?.headers.get('content-type') ?? null);
      }
    }
    return types;
  });

/** The step works: its own heading and its answers, not the error page. */
const expectNginxStep = async (page: Page) => {
  await hydrated(page);
  await expect(h1(page)).toHaveText(titleOf('what-does-nginx-log'));
  await expect(answerLink(page, labelOf('what-does-nginx-log', 'bad-response'))).toBeVisible();
};

test('after one visit, every kind of page works offline, and a reload keeps the journey', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await hydrated(page);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
  await context.setOffline(true);

  // A step never visited, loaded as a new page, then walked by its answers.
  await page.goto('/step/which-layer-answered/');
  await hydrated(page);
  await answerLink(page, labelOf('which-layer-answered', 'web-server')).click();
  await answerLink(page, labelOf('which-proxy-is-it', 'nginx')).click();
  await expect(h1(page)).toHaveText(titleOf('what-does-nginx-log'));
  // The address follows right after the new step's first frame: a reload before it would reload the step before.
  await expect(page).toHaveURL((url) => url.pathname === pathOf('what-does-nginx-log'));
  await page.reload();
  await hydrated(page);
  await expect(h1(page)).toHaveText(titleOf('what-does-nginx-log'));
  await expect(page.getByRole('region', { name: ui.yourAnswers }).locator('dd:not(:has(a))')).toHaveCount(2);

  await page.goto('/diagnose/');
  await hydrated(page);
  await page.getByRole('button', { name: ui.diagnose.example }).click();
  await expect(page.getByRole('region', { name: ui.diagnose.results })).toBeVisible();

  await page.goto('/report/?at=what-does-nginx-log');
  await hydrated(page);
  await expect(h1(page)).toHaveText(ui.report.pageTitle);

  await page.goto('/map/');
  await hydrated(page);
  await expect(h1(page)).toHaveText(ui.map.title);

  await context.setOffline(false);
});

test('a new version takes over without losing the journey', async ({ page }) => {
  test.setTimeout(120_000);
  // A copy of the build on its own port, so the test can deploy a "new version" of it.
  const root = mkdtempSync(path.join(tmpdir(), 'gd-offline-'));
  cpSync('dist', root, { recursive: true });
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const site = `http://127.0.0.1:${port}`;
  const serve = async () => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', root], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
    await expect.poll(() => fetch(`${site}/`).then((r) => r.status).catch(() => 0)).toBe(200);
    return child;
  };
  let server = await serve();
  try {
    await page.goto(`${site}/step/what-does-nginx-log/?a=which-layer-answered.web-server_which-proxy-is-it.nginx`);
    await hydrated(page);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
    const before = await page.evaluate(() => caches.keys());

    // The next deploy: the same files with a newer version in the worker's precache list.
    const worker = path.join(root, 'sw.js');
    // The server indexes its files when it starts, as the real one does: deploy, then start it again.
    server.kill();
    await once(server, 'exit');
    const next = readFileSync(worker, 'utf8').replace(/"version":"\d{14}-/, '"version":"99991231235959-');
    writeFileSync(worker, next);
    writeFileSync(`${worker}.br`, brotliCompressSync(next));
    writeFileSync(`${worker}.gz`, gzipSync(next));
    server = await serve();
    const changed = page.evaluate(
      () => new Promise<boolean>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true })),
    );
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    expect(await changed).toBe(true);

    // The page stays where it was; a reload, served by the new version, keeps the answers.
    await expect(h1(page)).toHaveText(titleOf('what-does-nginx-log'));
    await page.reload();
    await hydrated(page);
    await expect(h1(page)).toHaveText(titleOf('what-does-nginx-log'));
    await expect(page.getByRole('region', { name: ui.yourAnswers }).locator('dd:not(:has(a))')).toHaveCount(2);
    // The new version has its cache, and the previous one stays for pages still open on it.
    const after = await page.evaluate(() => caches.keys());
    expect(after.some((name) => name.startsWith('gateway-doctor-99991231235959-'))).toBe(true);
    expect(after).toEqual(expect.arrayContaining(before));
  } finally {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
});

test('an asset a captive portal answered during the install is refused, and its step works on the next load, online and offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  // While the worker installs, a portal or a broken proxy answers the step's chunk with its own page.
  let poisoned = 0;
  const captivePortal = async (route: Route) => {
    poisoned += 1;
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<html>captive portal</html>' });
  };
  await context.route(NGINX_STEP_CHUNK, captivePortal);
  await page.goto('/');
  await hydrated(page);
  await expect.poll(() => controlled(page), { timeout: 60_000 }).toBe(true);
  expect(poisoned).toBeGreaterThan(0);
  expect(await cachedChunkTypes(page)).toEqual([]);

  // The network is healthy again: the step loads, and the worker keeps the good copy.
  await context.unroute(NGINX_STEP_CHUNK, captivePortal);
  await page.goto(nginxStep);
  await expectNginxStep(page);
  await expect.poll(() => cachedChunkTypes(page)).toEqual([expect.stringMatching(/javascript/)]);

  // Offline, with the browser's HTTP cache emptied, only the worker's copy can serve the step.
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.reload();
  await expectNginxStep(page);
  await context.setOffline(false);
});

test('a wrong copy in the cache is replaced from the network', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await hydrated(page);
  await expect.poll(() => controlled(page), { timeout: 60_000 }).toBe(true);
  // What an older worker stored from a captive portal, or anything else that wrote to the cache.
  await page.evaluate(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (request.url.includes('/assets/what-does-nginx-log-')) {
          await cache.put(request, new Response('<html>captive portal</html>', { headers: { 'Content-Type': 'text/html' } }));
        }
      }
    }
  });
  expect(await cachedChunkTypes(page)).toEqual(['text/html']);

  await page.goto(nginxStep);
  await expectNginxStep(page);
  await expect.poll(() => cachedChunkTypes(page)).toEqual([expect.stringMatching(/javascript/)]);
});
