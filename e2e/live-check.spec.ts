import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './support/fixtures';
import { ui } from './support/flow-data';

/**
 * The live check asks only the address the link gave, and only where that is safe: a redirect is
 * reported and never followed; a wizard on a public name does not ask private addresses; "Open the
 * site" only links back to the site the visitor came from; in a frame the check exists only when the
 * host turned it on. Public names are played by `page.route`, which serves the real wizard under
 * http://gateway-doctor.test and a made-up shop under http://shop.example.
 */

const enc = encodeURIComponent;
const PUBLIC_WIZARD = 'http://gateway-doctor.test';
const SHOP = 'http://shop.example';
const panel = (page: Page) => page.getByRole('region', { name: ui.context.title });
const startButton = (page: Page) => panel(page).getByRole('button', { name: ui.live.start });
const strip = (page: Page) => page.getByRole('complementary', { name: ui.contextStrip.label });
const firstWords = (sentence: string) => sentence.split(/[,.]/)[0];

/** A server on 127.0.0.1 that records every request and answers with `answer`. */
const listen = async (answer: (req: IncomingMessage, res: ServerResponse) => void) => {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** Serves the real wizard under a public-looking name. */
const servePublicWizard = async (page: Page, baseURL: string | undefined) => {
  await page.route(`${PUBLIC_WIZARD}/**`, async (route) => {
    // The wizard fetches the next steps' code in idle time. Such a fetch can still be in flight when the
    // test ends; it is then given up. During a test a failed fetch aborts the request, which the page's
    // console reports and the fixture fails on.
    try {
      const response = await route.fetch({ url: route.request().url().replace(PUBLIC_WIZARD, baseURL ?? '') });
      await route.fulfill({ response });
    } catch {
      await route.abort().catch(() => undefined);
    }
  });
};

/** The shop: its 502 page links to the wizard, and /cart answers 200 to checks from the public wizard. */
const serveShop = async (page: Page) => {
  await page.route(`${SHOP}/**`, (route) => {
    if (new URL(route.request().url()).pathname === '/cart') {
      return route.fulfill({ status: 200, headers: { 'Access-Control-Allow-Origin': PUBLIC_WIZARD }, body: '' });
    }
    const link = `${PUBLIC_WIZARD}/?status=502&who=visitor&url=${enc(`${SHOP}/cart`)}`;
    return route.fulfill({
      status: 502,
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>502</title><h1>Bad gateway</h1><a href="${link}">What can I do?</a></html>`,
    });
  });
};

test.describe('redirects', () => {
  // A redirect without CORS headers is refused to the page, and the browser says so.
  test.use({ allowedConsoleErrors: [/CORS policy|ERR_FAILED/] });

  test('a redirect is reported as one and never followed, readable or not', async ({ page, baseURL }) => {
    const wizard = new URL(baseURL ?? '').origin;
    const target = await listen((_, res) => res.writeHead(200, { 'Access-Control-Allow-Origin': wizard }).end());
    const readable = await listen((_, res) => res.writeHead(302, { Location: `${target.origin}/a`, 'Access-Control-Allow-Origin': wizard }).end());
    const hidden = await listen((_, res) => res.writeHead(302, { Location: `${target.origin}/b` }).end());
    try {
      await page.goto(`/?status=502&who=visitor&url=${enc(`${readable.origin}/cart`)}`);
      await hydrated(page);
      await startButton(page).click();
      await expect(panel(page).getByRole('status')).toContainText(firstWords(ui.live.stillRedirect));

      // Without CORS headers the browser hides even that it was a redirect; it is still not followed.
      await page.goto(`/?status=502&who=visitor&url=${enc(`${hidden.origin}/cart`)}`);
      await hydrated(page);
      await startButton(page).click();
      await expect(panel(page).getByRole('status')).toContainText(firstWords(ui.live.unreadable));

      expect(readable.requests).toEqual(['HEAD /cart']);
      expect(hidden.requests).toEqual(['HEAD /cart']);
      expect(target.requests).toEqual([]);
    } finally {
      await Promise.all([target.close(), readable.close(), hidden.close()]);
    }
  });
});

test('a wizard on a public name does not check a private address, and still checks a public one', async ({ page, baseURL }) => {
  const local = await listen((_, res) => res.writeHead(200).end());
  try {
    await servePublicWizard(page, baseURL);
    await page.goto(`${PUBLIC_WIZARD}/?status=502&who=visitor&url=${enc(`${local.origin}/admin`)}`);
    await hydrated(page);
    await expect(panel(page)).toContainText(ui.live.privateAddress);
    await expect(startButton(page)).toHaveCount(0);
    // The strip at the top offers no check either, only the way to the details.
    await expect(strip(page).getByRole('button')).toHaveCount(0);
    await expect(strip(page).getByRole('link', { name: ui.contextStrip.details })).toHaveAttribute('href', '#context-heading');

    await page.goto(`${PUBLIC_WIZARD}/?status=502&who=visitor&url=${enc(`${SHOP}/cart`)}`);
    await hydrated(page);
    await expect(startButton(page)).toBeVisible();
    await expect(panel(page)).not.toContainText(ui.live.privateAddress);
    expect(local.requests).toEqual([]);
  } finally {
    await local.close();
  }
});

test.describe('the way back to the site', () => {
  // The shop's error page answers 502, as it should; the browser notes it.
  test.use({ allowedConsoleErrors: [/status of 502/] });

  test('"Open the site" links only back to the site the visitor came from', async ({ page, baseURL }) => {
    await servePublicWizard(page, baseURL);
    await serveShop(page);
    const back = ui.live.back.replace('{status}', '200');

    // Opened straight from a link (a message, another site): the check starts from the strip at the top,
    // the keyboard lands on the panel's button, the site answers, and no link is offered.
    await page.goto(`${PUBLIC_WIZARD}/?status=502&who=visitor&url=${enc(`${SHOP}/cart`)}`);
    await hydrated(page);
    await strip(page).getByRole('button', { name: ui.contextStrip.checkBack }).click();
    const status = panel(page).getByRole('status');
    await expect(status).toHaveText(back);
    await expect(startButton(page)).toBeFocused();
    await expect(startButton(page)).toBeInViewport();
    await expect(status.getByRole('link')).toHaveCount(0);

    // Followed from the shop's own error page: the link goes back to the shop.
    await page.goto(`${SHOP}/`);
    await page.getByRole('link', { name: 'What can I do?' }).click();
    await hydrated(page);
    await startButton(page).click();
    await expect(status).toContainText(back);
    await expect(status.getByRole('link', { name: ui.live.openSite })).toHaveAttribute('href', `${SHOP}/cart`);
  });
});

test.describe('in a frame', () => {
  const context = `status=502&who=visitor&url=${enc(`${SHOP}/cart`)}`;

  /** A host page on its own origin (another port on 127.0.0.1) holding `html`; returns the framed wizard's panel. */
  const host = async (page: Page, html: string) => {
    const server = await listen((_, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><html lang="en"><title>Help</title><main>${html}</main></html>`),
    );
    hosts.push(server);
    await page.goto(`${server.origin}/`);
    const framed = page.frameLocator('iframe').getByRole('region', { name: ui.context.title });
    // The panel's address is the positive signal that the framed wizard has rendered the context.
    await expect(framed.locator('code', { hasText: `${SHOP}/cart` })).toBeVisible();
    return framed;
  };
  const hosts: { close: () => Promise<void> }[] = [];
  test.afterEach(async () => {
    await Promise.all(hosts.splice(0).map((server) => server.close()));
  });

  test('the live check is off unless the host turns it on', async ({ page, baseURL }) => {
    let framed = await host(page, `<iframe title="Help" src="${baseURL}/?embed=1&${context}"></iframe>`);
    await expect(framed.getByRole('button', { name: ui.live.start })).toHaveCount(0);

    framed = await host(page, `<iframe title="Help" src="${baseURL}/?${context}"></iframe>`);
    await expect(framed.getByRole('button', { name: ui.live.start })).toHaveCount(0);

    framed = await host(page, `<iframe title="Help" src="${baseURL}/?embed=1&live=1&${context}"></iframe>`);
    await expect(framed.getByRole('button', { name: ui.live.start })).toBeVisible();
  });

  test('the embed script turns it on with data-live-check="on"', async ({ page, baseURL }) => {
    const framed = await host(page, `<script src="${baseURL}/embed.js" data-live-check="on" data-context="${context.replaceAll('&', '&amp;')}"></script>`);
    await expect(framed.getByRole('button', { name: ui.live.start })).toBeVisible();
  });
});
