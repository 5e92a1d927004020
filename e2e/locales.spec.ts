import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoViolationsLightAndDark } from './support/axe';
import { answerLink, expect, hydrated, test } from './support/fixtures';
import { flow, labelOf as englishLabelOf, paths, titleOf as englishTitleOf, ui as english } from './support/flow-data';
import { localeData } from './support/locale-data';
import { localeBase, localeCodes, locales, sourceLocale, type Locale } from '@/registry/locales';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const translated = localeCodes.filter((code): code is Exclude<Locale, 'en'> => code !== sourceLocale);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
const decode = (html: string): string => html.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => ENTITIES[name]);
const headingOf = (html: string): string | undefined => {
  const inner = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  return inner === undefined ? undefined : decode(inner.replace(/<[^>]*>/g, ''));
};
/** The answers of a pre-rendered page: id, address and label, as the HTML has them. */
const answersOf = (html: string): Map<string, { href: string; label: string }> =>
  new Map(
    [...html.matchAll(/<a class="answer" data-answer="([a-z0-9-]+)" href="([^"]*)"[^>]*><span class="answer-label">([^<]*)<\/span>/g)].map((m) => [
      m[1],
      { href: decode(m[2]), label: decode(m[3]) },
    ]),
  );

/**
 * One walk per answer of the first question, to the nearest outcome behind it: every kind of reader's
 * pages, hydrated, in the locale (the check without JavaScript above covers every link of every page).
 */
const walks = new Map<string, (typeof paths)[number]>();
for (const path of paths) {
  const first = path[0].answerId ?? '';
  if ((walks.get(first)?.length ?? Infinity) > path.length) walks.set(first, path);
}

for (const locale of translated) {
  const { ui, titleOf, labelOf, pathOf } = localeData(locale);

  test.describe(`${locales[locale].name} (${locale})`, () => {
    test('without JavaScript, every page is in the language and every answer links to its next step', async ({ request }) => {
      test.setTimeout(120_000);
      for (const step of flow.steps) {
        const response = await request.get(pathOf(step.id));
        expect(response.status(), step.id).toBe(200);
        const html = await response.text();
        expect(html, step.id).toContain(`<html lang="${locale}"`);
        expect(headingOf(html), step.id).toBe(titleOf(step.id));
        // Search engines take only absolute canonical and hreflang links (scripts/head-links.ts has their form).
        expect(html, `${step.id}: a relative canonical or hreflang link`).not.toMatch(/<link rel="(?:canonical|alternate)"[^>]* href="\//);
        if (step.kind === 'outcome') continue;
        const answers = answersOf(html);
        for (const { id, next } of step.answers) {
          const answer = answers.get(id);
          expect(answer?.label, `${step.id}: ${id}`).toBe(labelOf(step.id, id));
          expect(new URL(answer!.href, 'http://localhost').pathname, `${step.id}: ${id}`).toBe(pathOf(next));
        }
      }
    });

    // Clicking as a reader does: every page on the way in this language, and "Your answers" at the end in its words.
    test('with JavaScript, each first answer leads by its answers to an outcome, and "Your answers" lists them', async ({ page }) => {
      test.setTimeout(60_000 + walks.size * 20_000);
      for (const path of walks.values()) {
        await page.goto(pathOf(flow.start));
        await hydrated(page);
        for (const { stepId, answerId } of path) {
          await expect(h1(page)).toHaveText(titleOf(stepId));
          if (answerId) await answerLink(page, labelOf(stepId, answerId)).click();
        }
        const summary = page.getByRole('region', { name: ui.yourAnswers });
        const given = path.filter((s) => s.answerId).map((s) => labelOf(s.stepId, s.answerId!));
        await expect(summary.locator('dd:not(:last-child)')).toHaveText(given);
      }
    });

    test('passes axe on a question, an advice page, an outcome, the diagnosis and the report', async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of [pathOf(flow.start), pathOf('reload-the-page'), pathOf('site-is-down-for-everyone'), `${localeBase(locale)}diagnose/`, `${localeBase(locale)}report/`]) {
        await page.goto(path);
        await hydrated(page);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expectNoViolationsLightAndDark(page);
      }
    });

    test("the report's link back to the journey opens it in the same language", async ({ page, baseURL }) => {
      await page.goto(`${localeBase(locale)}report/?at=site-is-down-for-everyone`);
      await hydrated(page);
      const permalink = (await page.locator('.report-link a').getAttribute('href')) ?? '';
      expect(permalink.startsWith(`${baseURL}${localeBase(locale)}step/site-is-down-for-everyone/`), permalink).toBe(true);
    });

    // The classifier speaks English; the page says what it found in the reader's language.
    test("reads a pasted log line in the language: the finding's heading, why, and why the status is not 502", async ({ page }) => {
      const catalog = JSON.parse(readFileSync(join('content', locale, 'diagnose.json'), 'utf8')) as Record<string, string>;
      const why = 'The upstream accepted the request but sent no response headers within proxy_read_timeout (60 seconds by default).';
      await page.goto(`${localeBase(locale)}diagnose/`);
      await hydrated(page);
      await page.getByLabel(ui.diagnose.fieldLabel).fill('2024/05/02 03:14:07 [error] 812#812: *4711 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.9');
      await page.getByRole('button', { name: ui.diagnose.submit }).click();
      const finding = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).first();
      await expect(finding.getByRole('heading', { level: 3 })).toHaveText(ui.diagnose.headings.gateway['upstream-timeout'].replaceAll('{component}', 'nginx').replaceAll('{status}', '504'));
      await expect(finding.getByText(catalog[why])).toBeVisible();
      await expect(finding).not.toContainText(why);
      await expect(finding).toContainText(ui.diagnose.statusOther.replace('{component}', 'nginx').replace('{status}', '504 Gateway Timeout'));
    });

    // Answer first in every language: the translations are longer than English, so each page is
    // measured again on a phone (390×844) after the 320 px check, in the same load.
    test('fits a 320 px screen on every question page (nothing scrolls sideways), and shows all its answers on a phone\'s first screen', async ({ page }) => {
      test.setTimeout(30_000 + flow.steps.length * 4_000);
      for (const step of flow.steps.filter((s) => s.kind === 'question')) {
        await page.setViewportSize({ width: 320, height: 700 });
        await page.goto(pathOf(step.id));
        expect(await page.evaluate(() => document.documentElement.scrollWidth), step.id).toBeLessThanOrEqual(320);
        await page.setViewportSize({ width: 390, height: 844 });
        const bottoms = await page.locator('a.answer').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().bottom + window.scrollY));
        expect(bottoms.length, step.id).toBe(step.answers.length);
        expect(Math.max(...bottoms), `${step.id}: its last answer ends below the first screen`).toBeLessThanOrEqual(844);
      }
    });
  });
}

test.describe('switching language', () => {
  test('keeps the journey: the same step, its answers in the other language, and back again', async ({ page }) => {
    const german = localeData('de');
    await page.goto('/');
    await hydrated(page);
    await answerLink(page, englishLabelOf('who-are-you', 'owner')).click();
    await expect(h1(page)).toHaveText(englishTitleOf('which-layer-answered'));
    await expect(page).toHaveURL((url) => url.pathname === '/step/which-layer-answered/');
    const before = new URL(page.url());
    await page.getByRole('navigation', { name: english.language.others }).getByRole('link', { name: locales.de.name }).click();
    await hydrated(page);
    await expect(h1(page)).toHaveText(german.titleOf('which-layer-answered'));
    expect(new URL(page.url()).pathname).toBe(german.pathOf('which-layer-answered'));
    expect(new URL(page.url()).search).toBe(before.search);
    await expect(page.getByRole('region', { name: german.ui.yourAnswers })).toContainText(german.labelOf('who-are-you', 'owner'));
    await page.getByRole('navigation', { name: german.ui.language.others }).getByRole('link', { name: locales.en.name }).click();
    await hydrated(page);
    await expect(h1(page)).toHaveText(englishTitleOf('which-layer-answered'));
    expect(`${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe(`${before.pathname}${before.search}`);
  });

  test("an error page's link with lang=de opens the guide in German, with what the link said", async ({ page }) => {
    const german = localeData('de');
    await page.goto('/?status=502&via=nginx&lang=de');
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect(new URL(page.url()).pathname.startsWith('/de/')).toBe(true);
    await expect(h1(page)).toHaveText(german.titleOf(flow.start));
    await expect(page.getByRole('complementary', { name: german.ui.contextStrip.label })).toContainText('nginx');
  });

  test('a browser that prefers German gets a one-line offer, never a redirect; closing it is remembered', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/step/reload-the-page/');
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const offer = page.getByRole('complementary', { name: locales.de.name });
    await expect(offer.getByRole('link', { name: locales.de.offer })).toHaveAttribute('href', '/de/step/reload-the-page/');
    // It lies over the header's bar, on a phone too: the answers of the first screen stay uncovered.
    await page.setViewportSize({ width: 390, height: 844 });
    const [bar, over] = await Promise.all([page.getByRole('banner').boundingBox(), offer.boundingBox()]);
    expect(over && bar && over.y + over.height).toBeLessThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0) + 0.5);
    await expect(answerLink(page, english.notFixed)).toBeInViewport({ ratio: 1 });
    await offer.getByRole('button', { name: english.language.close }).click();
    await expect(offer).toHaveCount(0);
    // The focus goes to what the offer covered, not to the page's body.
    await expect(page.getByRole('link', { name: english.siteName })).toBeFocused();
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('complementary', { name: locales.de.name })).toHaveCount(0);
    await context.close();
  });
});

test("marks commands and quoted log lines as English on a German page, for a screen reader's pronunciation", async ({ page }) => {
  await page.goto('/de/step/raise-header-buffers/');
  const code = page.locator('main code').first();
  await expect(code).toHaveAttribute('lang', 'en');
  await page.goto('/step/raise-header-buffers/');
  await expect(page.locator('main code').first()).not.toHaveAttribute('lang', /./);
});
