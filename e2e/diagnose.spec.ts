import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { components, type ComponentId } from '@/diagnose/components';
import { samples } from '@/diagnose/samples';
import { expectNoViolationsLightAndDark } from './support/axe';
import { expect, hydrated, test } from './support/fixtures';
import { titleOf, ui } from './support/flow-data';

const words = ui.diagnose;

/** The heading the page gives a finding of a gateway, from the same words the page uses. */
const gatewayHeading = (cause: keyof typeof words.headings.gateway, component: ComponentId, status = 502) =>
  words.headings.gateway[cause].replaceAll('{component}', components[component].name).replaceAll('{status}', String(status));

const pasteAndDiagnose = async (page: Page, text: string) => {
  await page.goto('/diagnose/');
  await hydrated(page);
  await page.getByLabel(words.fieldLabel).fill(text);
  await page.getByRole('button', { name: words.submit }).click();
  const results = page.getByRole('region', { name: words.results });
  await expect(results.getByRole('heading', { level: 2 })).toBeFocused();
  return results;
};

// Cloudflare's pages as a visitor copies them from the browser (lines from the 52x and 502 pages).
const ray = '8f2a1b3c4d5e6f70';
const cloudflarePage = (title: string, code: number, happened: string) =>
  [
    `shop.example.com | ${code}: ${title}`,
    `${title} Error code ${code}`,
    'Visit cloudflare.com for more information.',
    '2026-11-24 14:32:07 UTC',
    'What happened?',
    happened,
    `Cloudflare Ray ID: ${ray} • Your IP: Click to reveal • Performance & security by Cloudflare`,
  ].join('\n');

// Captured from a real nginx 1.22.1 answering 502 in front of a refused upstream (see the folder's README.md).
const fixtures = path.resolve('src/diagnose/fixtures/paste');
const nginxHead = readFileSync(path.join(fixtures, 'nginx-502-curl-sI.txt'), 'utf8');
const nginxRequestId = /X-Request-Id: ([0-9a-f]{32})/.exec(nginxHead)?.[1] ?? '';
const harIds = ['e3d5b967df37c9cff2511dd1b0c6fdf1', 'd6232fe5ba04d03a929b178bfdc596db'];
const headerLabel = (label: string, header: string) => words.idHeader.replace('{label}', label).replace('{header}', header);

/** The incident report opened from the diagnose page's results, and its "what was found" section. */
const openReport = async (page: Page, results: ReturnType<Page['getByRole']>) => {
  await results.getByRole('link', { name: words.openReport }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.report.pageTitle);
  return page.getByRole('heading', { level: 2, name: ui.report.sections.found }).locator('..');
};

test.describe('the diagnose page', () => {
  test('is reached from the start page, names the cause of the example and links into the flow', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    // The start page's first lines offer it, above the question, on a phone's first screen.
    const link = page.getByRole('link', { name: 'paste the error text or a log line' });
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
    await page.getByRole('button', { name: words.example }).click();
    const results = page.getByRole('region', { name: words.results });
    await expect(results.getByRole('heading', { level: 2 })).toBeFocused();
    const first = results.getByRole('listitem').first();
    await expect(first.locator('mark')).not.toBeEmpty();
    await first.getByRole('link', { name: new RegExp(words.goToStep) }).click();
    await expect(page).toHaveURL(/\/step\/[a-z-]+\/(\?for=[a-z-]+)?$/);
  });

  test('finds an nginx refused connection pasted by hand and marks the evidence', async ({ page }) => {
    const line =
      '2026/11/24 10:00:00 [error] 7#7: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8080/"';
    const results = await pasteAndDiagnose(page, line);
    await expect(results.getByRole('heading', { level: 3 }).first()).toHaveText(gatewayHeading('upstream-down', 'nginx'));
    // The error's number is marked with its words.
    await expect(results.locator('mark').first()).toContainText('connect() failed (111: Connection refused)');
    // The results' heading stands at the top of the screen, the finding right below it.
    expect((await results.getByRole('heading', { level: 2 }).boundingBox())?.y).toBeLessThan(100);
    await expect(results.getByRole('listitem').first()).toBeInViewport();
    await results.getByRole('link', { name: new RegExp(words.goToStep) }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('start-the-upstream'));
    // Back on the diagnose page: the text and what was found in it are still there.
    await page.getByRole('link', { name: ui.back, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
    await expect(page.getByLabel(words.fieldLabel)).toHaveValue(line);
    await expect(page.getByRole('region', { name: words.results }).getByRole('heading', { level: 3 }).first()).toHaveText(gatewayHeading('upstream-down', 'nginx'));
  });

  test("tells someone who pasted a site's error page that only the site can fix it, and not someone who pasted a log", async ({ page }) => {
    // Google's front-end page as a browser shows it.
    const googlePage = '502. That’s an error.\nThe server encountered a temporary error and could not complete your request.\nPlease try again in 30 seconds. That’s all we know.';
    let results = await pasteAndDiagnose(page, googlePage);
    await expect(results.getByText(words.visitorNote)).toBeVisible();
    await results.getByRole('link', { name: words.visitorLink }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('problem-is-on-the-site'));
    // Cloudflare's branded 502 page, whose Host box says Error: the site's own server failed.
    results = await pasteAndDiagnose(page, cloudflarePage('Bad gateway', 502, 'The web server reported a bad gateway error.'));
    await expect(results.getByText(words.visitorNote)).toBeVisible();
    // A header block, as curl -sI prints it, is not a visitor's paste either.
    results = await pasteAndDiagnose(page, 'HTTP/2 502\nserver: cloudflare\ncf-ray: 8a1b2c3d4e5f6a7b-FRA\ncontent-type: text/html');
    await expect(results.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expect(results.getByText(words.visitorNote)).toHaveCount(0);
    results = await pasteAndDiagnose(page, '2026/11/24 10:00:00 [error] 7#7: *1 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.1');
    await expect(results.getByRole('heading', { level: 3 }).first()).toHaveText(gatewayHeading('upstream-timeout', 'nginx', 504));
    // The finding's button names it whole, with one colon and no stray space.
    await expect(results.getByRole('link', { name: `${words.goToStep}: ${gatewayHeading('upstream-timeout', 'nginx', 504)}`, exact: true })).toBeVisible();
    await expect(results.getByText(words.visitorNote)).toHaveCount(0);
  });

  test("leads someone Cloudflare blocked to the page for blocks, with one finding and no outage note", async ({ page }) => {
    const blocked = 'Sorry, you have been blocked\nYou are unable to access shop.example.com\nWhy have I been blocked?\nThis website is using a security service to protect itself from online attacks.\nCloudflare Ray ID: 8e5f1a2b3c4d5e6f • Your IP: 203.0.113.9 • Performance & security by Cloudflare';
    const results = await pasteAndDiagnose(page, blocked);
    await expect(results.getByRole('heading', { level: 3 })).toHaveCount(1);
    await expect(results.getByText(words.visitorNote)).toHaveCount(0);
    // Not a failure to fix: its button names the page it leads to.
    await results.getByRole('link', { name: words.nextStep.replace('{step}', titleOf('the-site-blocked-the-request')) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('the-site-blocked-the-request'));
  });

  test("reads nginx's [emerg] as its error log writes it, and leads to the configuration's step", async ({ page }) => {
    const results = await pasteAndDiagnose(page, '2026/12/07 03:12:44 [emerg] 1234#1234: unknown directive "proxy_pas" in /etc/nginx/conf.d/shop.conf:14\nnginx: configuration file /etc/nginx/nginx.conf test failed');
    await expect(results.getByRole('heading', { level: 3 })).toHaveCount(1);
    await expect(results.locator('mark').first()).toContainText('[emerg]');
    await results.getByRole('link', { name: new RegExp(`^${words.goToStep}`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('fix-the-gateway-configuration'));
  });

  test('says that no response came when the gateway did not start, and does not take its log line for a page', async ({ page }) => {
    const results = await pasteAndDiagnose(page, 'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)');
    await expect(results.getByRole('heading', { level: 3 }).first()).toContainText('nginx did not start');
    await expect(results.locator('.finding-facts dd').filter({ hasText: words.noResponse })).toHaveCount(1);
    await expect(results.getByText(words.visitorNote)).toHaveCount(0);
  });

  test("leads a line of Apache's FastCGI proxy to Apache's instructions, where its SetHandler is", async ({ page }) => {
    const results = await pasteAndDiagnose(page, '[Sat Mar 14 14:32:07.412345 2026] [proxy:error] [pid 2418:tid 140211] (111)Connection refused: AH00957: FCGI: attempt to connect to 127.0.0.1:9000 (*) failed');
    await results.getByRole('link', { name: new RegExp(`^${words.goToStep}`) }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('start-the-upstream'));
    await expect(page).toHaveURL(/\/step\/start-the-upstream\/\?for=apache$/);
    await expect(page.getByText('proxy:fcgi://127.0.0.1:9000', { exact: false }).first()).toBeVisible();
  });

  test("leads to the fix page with the instructions for the product that wrote the pasted line first", async ({ page }) => {
    const results = await pasteAndDiagnose(page, '2026/11/24 10:00:00 [error] 7#7: *1 upstream sent too big header while reading response header from upstream, client: 10.0.0.1');
    await results.getByRole('link', { name: new RegExp(`^${words.goToStep}`) }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('raise-header-buffers'));
    // The journey named no product: the pasted line did, so nginx's instructions come first, and say so.
    await expect(page.getByRole('navigation', { name: ui.onThisPage }).getByRole('link', { name: /, for nginx$/ }).first()).toBeVisible();
    const products = page.locator('.products').first();
    await expect(products.locator('> .for-product').first()).toHaveAttribute('data-product', /(^| )nginx( |$)/);
    await expect(products.locator('> details.other-products')).toHaveCount(1);
    // The address names the product, so a copied link puts nginx first too, in a tab where nothing was pasted.
    await expect(page).toHaveURL(/\/step\/raise-header-buffers\/\?for=nginx$/);
    const copied = await page.context().newPage();
    await copied.goto(page.url());
    await hydrated(copied);
    await expect(copied.locator('.products').first().locator('> .for-product').first()).toHaveAttribute('data-product', /(^| )nginx( |$)/);
    await expect(copied.getByRole('navigation', { name: ui.onThisPage }).getByRole('link', { name: /, for nginx$/ }).first()).toBeVisible();
    await copied.close();
  });

  test("names the cause of a Cloudflare 521 page, shows its Ray ID as text and leads to the fix", async ({ page }) => {
    const results = await pasteAndDiagnose(page, cloudflarePage('Web server is down', 521, 'The web server is not returning a connection.'));
    const finding = results.getByRole('listitem').first();
    await expect(finding.getByRole('heading', { level: 3 })).toHaveText(gatewayHeading('upstream-down', 'cloudflare', 521));
    await expect(results.getByRole('term').filter({ hasText: words.rayId })).toBeVisible();
    await expect(results.getByRole('definition').filter({ hasText: ray })).toHaveText(ray);
    await expect(results.getByRole('link', { name: ray })).toHaveCount(0);
    await finding.getByRole('link', { name: new RegExp(`^${words.goToStep}`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('start-the-upstream'));
  });

  test('shows a long request id as wrapped text on a small phone, with no accessibility violation', async ({ page }) => {
    const requestId = 'a1b2c3d4'.repeat(16);
    const results = await pasteAndDiagnose(page, `${cloudflarePage('Web server is down', 521, 'The web server is down.')}\n< x-request-id: ${requestId}`);
    await expect(results.getByRole('term').filter({ hasText: words.requestId })).toBeVisible();
    await expect(results.getByRole('definition').filter({ hasText: requestId })).toHaveText(requestId);
    await expectNoViolationsLightAndDark(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width at 320 px').toBeLessThanOrEqual(320);
  });

  test('keeps the Ray ID and what was found, never the text, for the incident report', async ({ page }) => {
    const results = await pasteAndDiagnose(page, cloudflarePage('Web server is down', 521, 'The web server is not returning a connection.'));
    await results.getByRole('link', { name: new RegExp(`^${words.goToStep}`) }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('start-the-upstream'));
    await page.getByRole('link', { name: ui.report.open }).first().click();
    // The section by its heading: the report's regions are not named today (their ids hold spaces).
    const found = page.getByRole('heading', { level: 2, name: ui.report.sections.found }).locator('..');
    await expect(found).toContainText(`${words.rayId}: ${ray}`);
    await expect(found).toContainText(gatewayHeading('upstream-down', 'cloudflare', 521));
    await expect(found).not.toContainText('The web server is not returning a connection.');
  });

  test("fills the report's Address, Error and When from the pasted log lines, marked as theirs", async ({ page }) => {
    await page.goto('/diagnose/');
    await hydrated(page);
    await page.getByRole('button', { name: words.example }).click();
    const results = page.getByRole('region', { name: words.results });
    await results.getByRole('link', { name: words.openReport }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.report.pageTitle);
    const row = (label: string) => page.locator('.report-rows > div').filter({ has: page.getByRole('term').filter({ hasText: label }) }).getByRole('definition');
    // content/en/diagnose-example.txt: nginx's line names the request, the kernel's (the likeliest cause) the time.
    await expect(row(ui.report.fields.url)).toHaveText(ui.report.fromPaste.replace('{value}', 'shop.example.com/cart'));
    await expect(row(ui.report.fields.failedAt)).toHaveText(ui.report.asLogged.replace('{value}', 'Nov 24 14:32:06'));
    await expect(row(ui.report.fields.status)).toHaveText(ui.report.fromPaste.replace('{value}', ui.context.statusNames['502']));
    // Not a link: the address came from pasted text.
    await expect(row(ui.report.fields.url).getByRole('link')).toHaveCount(0);
  });

  test("says that the origin answered a Cloudflare 502 page itself, and sends the reader to the origin's log", async ({ page }) => {
    const results = await pasteAndDiagnose(page, cloudflarePage('Bad gateway', 502, 'The web server reported a bad gateway error.'));
    const finding = results.getByRole('listitem').first();
    await expect(finding.getByRole('heading', { level: 3 })).toHaveText(gatewayHeading('upstream-sent-the-error', 'cloudflare'));
    await expect(results.getByRole('definition').filter({ hasText: ray })).toHaveText(ray);
    // No fix is known from this page alone: the link names the question it leads to, not a fix.
    await expect(finding.getByRole('link', { name: new RegExp(words.goToStep) })).toHaveCount(0);
    await finding.getByRole('link', { name: words.nextStep.replace('{step}', titleOf('what-do-the-logs-say')) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('what-do-the-logs-say'));
  });

  test('says so when nothing matches, and survives 1 MB of junk and markup', async ({ page }) => {
    await page.goto('/diagnose/');
    await hydrated(page);
    page.on('dialog', () => {
      throw new Error('pasted text ran as a script');
    });
    // The field's value is set as a paste leaves it: typing 1 MB, or Chromium's own paste command on
    // 1 MB of NUL-laden text, takes minutes in a headless browser, and neither is what is tested here.
    await page.getByLabel(words.fieldLabel).evaluate((field: HTMLTextAreaElement) => {
      field.value = '<img src=x onerror=alert(1)>\u0000\uFFFD'.repeat(1_000_000 / 32);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.getByRole('button', { name: words.submit }).click();
    await expect(page.getByRole('region', { name: words.results })).toContainText(words.foundNothing);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test("reads the headers of a real nginx 502 from curl -sI, shows its request id as text from the paste, and carries it into the report", async ({ page }) => {
    const results = await pasteAndDiagnose(page, nginxHead);
    await expect(results.getByRole('heading', { level: 3 }).first()).toHaveText(gatewayHeading('other', 'nginx'));
    const response = results.getByRole('region', { name: words.response.heading });
    await expect(response.getByRole('definition').filter({ hasText: 'nginx/1.22.1' })).toBeVisible();
    await expect(response.getByRole('term').filter({ hasText: words.response.status })).toBeVisible();
    const label = headerLabel(words.requestId, 'x-request-id');
    await expect(results.getByRole('term').filter({ hasText: label })).toBeVisible();
    await expect(results.getByRole('definition').filter({ hasText: nginxRequestId })).toHaveText(nginxRequestId);
    await expect(results.getByRole('link', { name: nginxRequestId })).toHaveCount(0);
    await expectNoViolationsLightAndDark(page);
    const found = await openReport(page, results);
    await expect(found).toContainText(`${label}: ${nginxRequestId}`);
    await expect(found).toContainText(gatewayHeading('other', 'nginx'));
    await expect(found).not.toContainText('Content-Length');
  });

  test('ranks several findings in one paste and marks the evidence of each', async ({ page }) => {
    const text = [
      readFileSync(path.join(fixtures, 'nginx-502-curl-v.txt'), 'utf8'),
      '2026/12/03 17:27:53 [error] 7794#7794: *3 connect() failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1, server: , request: "GET /api/orders HTTP/1.1", upstream: "http://127.0.0.1:48399/api/orders", host: "127.0.0.1:48321"',
      '[2026-12-03 17:27:50 +0000] [1233] [CRITICAL] WORKER TIMEOUT (pid:1240)',
    ].join('\n');
    const results = await pasteAndDiagnose(page, text);
    const findings = results.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) }).getByRole('listitem');
    const count = await findings.count();
    expect(count).toBeGreaterThanOrEqual(2);
    await expect(findings.first().getByRole('heading', { level: 3 })).toHaveText(gatewayHeading('upstream-down', 'nginx'));
    await expect(findings.first().getByRole('definition').filter({ hasText: words.rankFirst.replace('{rank}', '1').replace('{count}', String(count)) })).toBeVisible();
    await expect(findings.nth(1).getByRole('definition').filter({ hasText: words.rankValue.replace('{rank}', '2').replace('{count}', String(count)) })).toBeVisible();
    // nginx's refused connection, then its own error page from curl -v that supports it.
    await expect(findings.first().locator('mark').first()).toContainText('connect() failed (111');
    await expect(findings.first().locator('mark').nth(1)).toContainText('nginx/1.22.1');
    for (let i = 0; i < count; i++) await expect(findings.nth(i).locator('mark').first()).not.toBeEmpty();
  });

  test('shows the ten most likely findings of a long paste first, and the others on request', async ({ page }) => {
    const results = await pasteAndDiagnose(page, samples.map((sample) => sample.text).join('\n'));
    const findings = results.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) }).getByRole('listitem');
    await expect(findings).toHaveCount(10);
    const more = results.getByRole('button', { name: new RegExp(`^${words.showOtherFindings.replace('{count}', '\\d+')}$`) });
    const others = Number(/\d+/.exec((await more.textContent()) ?? '')?.[0]);
    expect(others).toBeGreaterThan(0);
    await more.click();
    await expect(findings).toHaveCount(10 + others);
    await expect(more).toHaveCount(0);
    await expect(findings.nth(10).getByRole('heading', { level: 3 })).toBeFocused();
  });

  test('names a 502 that Cloudflare served from its cache, with the Ray ID of its header', async ({ page }) => {
    const ray = '8f2a1b3c4d5e6f70-AMS';
    const results = await pasteAndDiagnose(page, ['HTTP/2 502', 'date: Thu, 03 Dec 2026 17:40:02 GMT', 'server: cloudflare', 'cf-cache-status: HIT', 'age: 40', `cf-ray: ${ray}`].join('\n'));
    const finding = results.getByRole('listitem').first();
    await expect(finding.getByRole('heading', { level: 3 })).toHaveText(gatewayHeading('cached-error', 'cloudflare'));
    // The header that says so, then the status line, the server and the age that support it.
    await expect(finding.locator('mark')).toHaveText(['HIT', 'HTTP/2 502', 'server: cloudflare', '40']);
    await expect(results.getByRole('definition').filter({ hasText: ray })).toHaveText(ray);
    await finding.getByRole('link', { name: new RegExp(`^${words.goToStep}`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('clear-the-cached-502'));
  });

  test('reads a HAR file in the browser, keeps no cookie, body or query string, and carries its ids into the report', async ({ page }) => {
    await page.goto('/diagnose/');
    await hydrated(page);
    await page.getByLabel(words.harLabel).setInputFiles(path.join(fixtures, 'nginx-502.har'));
    const results = page.getByRole('region', { name: words.results });
    await expect(results.getByRole('heading', { level: 2 })).toBeFocused();
    const har = results.getByRole('region', { name: words.har.heading });
    await expect(har).toContainText(words.har.summary.replace('{requests}', '3').replace('{failed}', '2'));
    await expect(har.getByRole('listitem')).toHaveCount(2);
    await expect(har.getByRole('listitem').first()).toContainText('GET http://127.0.0.1:48321/checkout');
    await expect(har.getByRole('listitem').first()).toContainText(words.har.readings['answered-at-once']);
    await expect(results.getByRole('heading', { level: 3 }).first()).toHaveText(gatewayHeading('other', 'nginx'));
    for (const id of harIds) await expect(results.getByRole('definition').filter({ hasText: id })).toHaveText(id);
    // The box shows all that was kept of the file, and nothing of its cookies, bodies or query strings.
    const kept = await page.getByLabel(words.fieldLabel).inputValue();
    expect(kept).toContain('server: nginx/1.22.1');
    for (const secret of ['tok_live', 'session', 'Cookie', 'padding', 'fonts.example.net']) expect(kept).not.toContain(secret);
    await expectNoViolationsLightAndDark(page);
    const found = await openReport(page, results);
    for (const id of harIds) await expect(found).toContainText(`${headerLabel(words.requestId, 'x-request-id')}: ${id}`);
    const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    for (const secret of ['WebInspector', 'tok_live', 'session=', ...harIds]) expect(stored).not.toContain(secret);
  });

  test('says why a file that is not a HAR was not read', async ({ page }) => {
    await page.goto('/diagnose/');
    await hydrated(page);
    await page.getByLabel(words.harLabel).setInputFiles({ name: 'error.har', mimeType: 'application/json', buffer: Buffer.from('<html>502 Bad Gateway</html>') });
    await expect(page.getByText(words.har.refused['not-json'])).toBeVisible();
    await page.getByLabel(words.harLabel).setInputFiles({ name: 'deep.har', mimeType: 'application/json', buffer: Buffer.from(`{"log":${'['.repeat(5_000)}`) });
    await expect(page.getByText(words.har.refused['too-deep'])).toBeVisible();
  });

  test('keeps the start of a 1 MB paste in the box, says what it left out, and reads all of it at once', async ({ page }) => {
    await page.goto('/diagnose/');
    await hydrated(page);
    const field = page.getByLabel(words.fieldLabel);
    const finding = 'connect() failed (111: Connection refused) while connecting to upstream';
    // The finding stands at the end, far past what the box keeps: it is found only if all was read.
    const pasted = `${'GET /health 200\n'.repeat(62_000)}2026/11/24 14:32:07 [error] 31#31: *5 ${finding}, upstream: "http://127.0.0.1:3000/"\n`;
    await field.evaluate((box: HTMLTextAreaElement, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      box.focus();
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, pasted);
    const results = page.getByRole('region', { name: words.results });
    await expect(results.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(results.getByRole('heading', { level: 3, name: gatewayHeading('upstream-down', 'nginx') })).toBeVisible();
    const kept = await field.inputValue();
    expect(kept.length).toBeLessThan(pasted.length);
    expect(pasted.startsWith(kept)).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: (pasted.length - kept.length).toLocaleString('en-US') })).toBeVisible();
    // Once edited, the box is the text again: the note goes.
    await field.press('End');
    await field.press('x');
    await expect(page.getByRole('status').filter({ hasText: (pasted.length - kept.length).toLocaleString('en-US') })).toHaveCount(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('explains that it needs JavaScript and offers the guide instead', async ({ page }) => {
      await page.goto('/diagnose/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
      // A browser without scripts shows <noscript>; Playwright's switch leaves scripting on for the parser,
      // so the note is read from the page the server sent.
      const html = await (await page.request.get('/diagnose/')).text();
      expect(/<noscript><p>([^<]*)<\/p><\/noscript>/.exec(html)?.[1]).toBe(words.needsScript);
      await expect(page.getByRole('link', { name: words.startPage })).toBeVisible();
      await expect(page.getByLabel(words.harLabel)).toBeDisabled();
    });
  });
});
