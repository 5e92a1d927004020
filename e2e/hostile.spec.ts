import type { Page } from '@playwright/test';
import { expect, hydrated, NOT_FOUND_CONSOLE, test } from './support/fixtures';
import { titleOf, ui } from './support/flow-data';

/**
 * Hostile input in a real browser: a few hundred hostile query strings on every kind of page, and
 * adversarial stored state. Each page must run no injected script, stay on the site, name what it
 * ignored as text, and keep working. (1 MB pastes into the diagnose page: e2e/diagnose.spec.ts.)
 */

const PWNED = '__gatewayDoctorPwned';
const hit = `window.${PWNED}=1`;

/** Script and handler payloads, URLs a browser would follow, and broken or huge encodings. */
const payloads: readonly string[] = [
  `<script>${hit}</script>`,
  `"><img src=x onerror="${hit}">`,
  `'><svg onload=${hit}>`,
  `<iframe srcdoc="<script>parent.${hit}</script>">`,
  `javascript:${hit}`,
  `JaVaScRiPt:${hit}`,
  ` javascript:${hit}`,
  `data:text/html,<script>${hit}</script>`,
  `vbscript:msgbox(1)`,
  `//evil.example/x`,
  `http:/\\evil.example`,
  `https://user:pass@evil.example/`,
  `\u202Egnp.exe`,
  `a\u0000b`,
  `line\r\nSet-Cookie: x=1`,
  `{{constructor.constructor('${hit}')()}}`,
  `__proto__`,
  `constructor`,
  `%3Cscript%3E${hit}%3C/script%3E`,
  `&#x3C;script&#x3E;${hit}`,
  `${'A'.repeat(3000)}`,
  `😀`.repeat(300),
];

/** Raw (already encoded) values that are broken or double-encoded on purpose. */
const rawValues: readonly string[] = ['%E0%A4%A', '%', '%%', '%253Cscript%253E', '%C0%BC', '%uFF1Cscript', '%00', '+%2B+', '%ZZ'];

const names: readonly string[] = ['url', 'status', 'rid', 'ray', 'time', 'via', 'who', 'lang', 'a', 'k', 'at', 'embed', 'host', 'theme', 'accent', 'label', 'x'];

/** A few hundred queries: every payload under several names, raw broken values, and hostile names. */
const queries: string[] = [
  ...payloads.flatMap((payload, i) =>
    [names[i % names.length], names[(i + 5) % names.length], names[(i + 11) % names.length]].map((name) => `${name}=${encodeURIComponent(payload)}`),
  ),
  ...payloads.map((payload) => `${encodeURIComponent(payload)}=1&status=502`),
  ...rawValues.flatMap((raw) => names.slice(0, 8).map((name) => `${name}=${raw}`)),
  ...payloads.slice(0, 8).map((payload) => `embed=1&host=${encodeURIComponent(payload)}&label=${encodeURIComponent(payload)}&accent=${encodeURIComponent(payload)}`),
  `a=${encodeURIComponent('who-are-you.owner_<script>')}`,
  `k=${'x.y_'.repeat(600)}`,
  `status=502&${'x=1&'.repeat(400)}`,
  names.map((name) => `${name}=${encodeURIComponent(payloads[0])}`).join('&'),
];

/** Loads one hostile address and checks the page is whole, on the site (`origin`), and ran nothing. */
const expectSafe = async (page: Page, path: string, query: string, origin: string) => {
  await page.goto(`${path}?${query}`);
  await hydrated(page);
  expect(new URL(page.url()).origin, query).toBe(origin);
  await expect(page.getByRole('heading', { level: 1 }), query).toBeVisible();
  // What a payload would have left: its flag, or an element it put in. One look at the page for both.
  const left = await page.evaluate(
    (flag) => ({
      ran: (window as unknown as Record<string, unknown>)[flag] !== undefined,
      injected: document.querySelectorAll('main img, main svg[onload], main iframe, main script, [onerror], [onload]').length,
    }),
    PWNED,
  );
  expect(left, query).toEqual({ ran: false, injected: 0 });
};

test.describe(`${queries.length} hostile query strings`, () => {
  test.describe.configure({ mode: 'parallel' });
  // All of them on the two kinds of page that read a link's context; every third on the other two.
  const pages: [string, string[]][] = [
    ['/', queries],
    ['/step/which-layer-answered/', queries],
    ['/diagnose/', queries.filter((_, i) => i % 3 === 0)],
    ['/report/', queries.filter((_, i) => i % 3 === 1)],
  ];
  // In tests of a bounded size, so that the workers share them and none grows with the list.
  const CHUNK = 20;
  for (const [path, some] of pages) {
    for (let from = 0; from < some.length; from += CHUNK) {
      const chunk = some.slice(from, from + CHUNK);
      test(`on ${path} (${from + 1}-${from + chunk.length} of ${some.length})`, async ({ page, baseURL }) => {
        test.setTimeout(30_000 + chunk.length * 5_000);
        let dialogs = 0;
        page.on('dialog', (dialog) => {
          dialogs += 1;
          void dialog.dismiss();
        });
        for (const query of chunk) await expectSafe(page, path, query, new URL(baseURL ?? '').origin);
        expect(dialogs).toBe(0);
        // Still a working wizard after all of that.
        await page.goto('/');
        await hydrated(page);
        await page.locator('.answers a').first().click();
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
      });
    }
  }
});

test('hostile and corrupted stored state: the pages still work and show nothing of it', async ({ page }) => {
  const stored: [string, string][] = [
    ['gateway-doctor:context', `url=${encodeURIComponent('javascript:alert(1)')}&rid=${encodeURIComponent('<img src=x onerror=alert(1)>')}`],
    ['gateway-doctor:context', '%E0%A4%A'],
    ['gateway-doctor:context', 'x'.repeat(100_000)],
    ['gateway-doctor:embed', 'embed=1&host=javascript:alert(1)&accent=url(x)'],
  ];
  const local: [string, string][] = [
    ['gateway-doctor:journey', '{"state":{"saved":{"stepId":"<script>","answers":"__proto__","savedAt":1}},"version":1}'],
    ['gateway-doctor:journey', '{"state":{"saved":{"stepId":"who-are-you","answers":"who-are-you.owner","savedAt":"soon"}},"version":1}'],
    ['gateway-doctor:journey', '\u0000\uFFFF{'],
  ];
  for (const [key, value] of [...stored.map((s) => ['session', ...s]), ...local.map((l) => ['local', ...l])]) {
    await page.goto('/');
    await page.evaluate(
      ([area, name, text]) => (area === 'session' ? sessionStorage : localStorage).setItem(name, text),
      [key, value[0], value[1]] as const,
    );
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main img, [onerror]')).toHaveCount(0);
    await expect(page.getByRole('region', { name: ui.context.title })).toHaveCount(0);
    await page.evaluate(() => {
      sessionStorage.clear();
      localStorage.clear();
    });
  }
});

test('every request the app makes on its own stays on its origin', async ({ page, baseURL }) => {
  const own = new URL(baseURL ?? '').origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== own && url.protocol !== 'data:' && url.protocol !== 'blob:') elsewhere.push(request.url());
  });
  const arrival = `/?status=502&via=cloudflare&ray=7b2e4a1f9c3d8e21&url=${encodeURIComponent('https://shop.example.com/cart')}`;
  for (const path of [arrival, '/step/what-does-nginx-log/', '/step/clear-cache-and-cookies/', '/diagnose/', '/report/?at=which-layer-answered', '/map/']) {
    await page.goto(path);
    await hydrated(page);
  }
  await page.goto('/diagnose/');
  await hydrated(page);
  await page.getByRole('button', { name: ui.diagnose.example }).click();
  await expect(page.getByRole('region', { name: ui.diagnose.results })).toBeVisible();
  expect(elsewhere).toEqual([]);
});

test.describe('odd paths as the page address', () => {
  test.use({ allowedConsoleErrors: [NOT_FOUND_CONSOLE] });
  // Read as URLs, the first and the last are other sites (a browser turns `\` into `/`).
  const paths = ['//evil.example/', '///x', '/%2F%2Fevil/', '/step//x/', '/\\evil/'];
  // Plain, with context (taken out of the address bar), in embed mode, and with a journey.
  const queries = ['', '?status=502&via=nginx', '?embed=1&status=502', `?a=who-are-you.visitor&url=${encodeURIComponent('https://evil.example/')}`];
  for (const path of paths) {
    test(`${path}: the app starts, stays on the site and leads back to the start`, async ({ page, baseURL }) => {
      const site = new URL(baseURL ?? '');
      for (const query of queries) {
        // Absolute, or Playwright itself would read `//evil.example/` as another site.
        await page.goto(`${site.origin}${path}${query}`);
        await hydrated(page);
        await expect(page.getByRole('heading', { level: 1 }), query).toHaveText(ui.notFoundTitle);
        expect(new URL(page.url()).origin, query).toBe(site.origin);
      }
      await page.getByRole('main').getByRole('link', { name: ui.startAgain }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('who-are-you'));
      expect(new URL(page.url()).origin).toBe(site.origin);
    });
  }
});

// The fixture fails any test that causes a CSP violation; this proves it notices one.
test('an inline script is refused by the CSP, and the fixture reports it', async ({ page, errors }) => {
  await page.goto('/');
  await hydrated(page);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
  // The report reaches the fixture asynchronously: wait for exactly that one (Chromium also logs the refusal
  // in the console), then take them back out, since the fixture would otherwise (rightly) fail this test.
  await expect.poll(() => errors.filter((e) => e.startsWith('csp: '))).toEqual([expect.stringMatching(/^csp: script-src(-elem)? blocked inline in /)]);
  errors.length = 0;
});
