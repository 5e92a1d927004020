import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEFTOVER_PLACEHOLDER, SAMPLE, errorPagePreviews, fillTemplate, gatewayOf, localeOfTemplate, previewPath } from './error-page-previews.ts';
import { inlineStyleSources } from './security-headers.mjs';
import { sourceLocale } from '../src/registry/locales.ts';
import { readTemplates } from './error-page-templates.ts';

const dir = join(import.meta.dirname, '../public/error-pages');
const templates = readTemplates(dir);
const pages = errorPagePreviews(templates);
const address = `${SAMPLE.scheme}://${SAMPLE.host}${SAMPLE.path}`;

/** The sample id each gateway's page shows, if it has one. */
const idOf = (gateway: string): string | undefined =>
  gateway === 'cloudflare' ? SAMPLE.ray : (SAMPLE.requestIds as Record<string, string>)[gateway];

/** The query of the page's "What can I do?" link. */
const wizardLink = (html: string) => {
  const href = /<a class="act" href="(\/\?[^"]*)">[^<]+<\/a>/.exec(html)?.[1] ?? '';
  return new URL(href.replaceAll('&amp;', '&'), 'https://wizard.test').searchParams;
};

describe.each(Object.keys(templates))('the preview of %s', (file) => {
  const gateway = gatewayOf(file);
  const preview = pages[`${previewPath(file)}index.html`];
  const filled = fillTemplate(file, templates[file]);

  it('fills every placeholder the way the gateway would', () => {
    expect(filled).not.toMatch(LEFTOVER_PLACEHOLDER);
    expect(filled).not.toContain('gateway-doctor.example');
    const id = idOf(gateway);
    if (id) expect(filled).toContain(`<dd>${id}</dd>`);
  });

  it("links to this site's wizard with what the gateway knows", () => {
    const params = wizardLink(filled);
    expect(params.get('status')).toBe('502');
    expect(params.get('who')).toBe('visitor');
    const locale = localeOfTemplate(file);
    expect(params.get('lang')).toBe(locale === sourceLocale ? null : locale);
    if (gateway === 'generic') return;
    expect(params.get('via')).toBe(gateway);
    expect(params.get(gateway === 'cloudflare' ? 'ray' : 'rid')).toBe(idOf(gateway));
    if (gateway !== 'cloudflare') expect(params.get('url')).toBe(address);
  });

  it('offers the template itself, to download and to copy', () => {
    expect(preview).toContain(`<a href="/error-pages/${file}" download="${file.replace(/^.*\//, '')}">`);
    expect(preview).toContain('<pre tabindex="0"><code>&lt;!DOCTYPE html&gt;');
    expect(preview.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it("has no style but the template's and the banner's", () => {
    const [templateStyle] = inlineStyleSources(templates[file]);
    const styles = inlineStyleSources(preview);
    expect(styles).toHaveLength(2);
    expect(styles[0]).toBe(templateStyle);
    expect(inlineStyleSources(pages['index.html'])).toEqual(styles);
  });
});

it('lists every template on the index page with its preview', () => {
  for (const file of Object.keys(templates)) {
    expect(pages['index.html']).toContain(`href="/error-pages/${previewPath(file)}"`);
    expect(pages[`${previewPath(file)}index.html`]).toBeDefined();
  }
});

// What HAProxy, Caddy and Cloudflare replace in a page's text; SSI is in comments, which are markup.
const PLACEHOLDERS = /%\[[^\]]*\]|%%|\{\{[\s\S]*?\}\}|::[A-Z0-9_]+::/g;

/**
 * A template's markup without its words: tags, SSI and placeholders as they are, text between tags and
 * the note for the installer (the first comment) left out, the language attribute and parameter taken out.
 */
const markup = (html: string): string =>
  html
    .replace(/^(<!DOCTYPE html>\n)<!-- [^#][\s\S]*?-->/, '$1')
    .replace(/>([^<]+)</g, (_, text: string) => `>${text.match(PLACEHOLDERS)?.join('') ?? ''}<`)
    .replace(/<html lang="[a-z]+">/, '<html>')
    .replace(/ aria-label="[^"]*"/g, ' aria-label=""')
    .replace(/\?lang=[a-z]+&amp;/, '?');

describe.each(Object.keys(templates).filter((file) => localeOfTemplate(file) !== sourceLocale))('the translated template %s', (file) => {
  const english = templates[gatewayOf(file) + '-502.html'];
  const locale = localeOfTemplate(file);

  it('has the markup, SSI and placeholders of the English one, and opens the guide in its language', () => {
    expect(markup(templates[file])).toBe(markup(english));
    expect(templates[file]).toContain(`<html lang="${locale}">`);
    if (english.includes('https://gateway-doctor.example/?')) expect(templates[file]).toContain(`https://gateway-doctor.example/?lang=${locale}&amp;`);
  });

  it("has the English one's style, byte for byte (its hash is in the policy)", () => {
    expect(inlineStyleSources(templates[file])).toEqual(inlineStyleSources(english));
  });

  it('has no English sentence left', () => {
    const words = (html: string) =>
      [...html.replace(/<style>[\s\S]*?<\/style>/, '').matchAll(/>([^<]{20,})</g)].map((m) => m[1].replace(PLACEHOLDERS, '').trim()).filter((text) => text.length >= 20);
    const englishSentences = new Set(words(english));
    expect(words(templates[file]).filter((w) => englishSentences.has(w))).toEqual([]);
  });
});

it('refuses a template it cannot fill, instead of publishing raw placeholders', () => {
  expect(() => fillTemplate('nginx-502.html', '<p><!--# echo var="upstream_addr" --></p>')).toThrow(/no sample value/);
  expect(() => fillTemplate('caddy-502.html', '<p>{{.RemoteIP}}</p>')).toThrow(/no sample value/);
  expect(() => fillTemplate('iis-502.html', '<p></p>')).toThrow(/no known gateway/);
});
