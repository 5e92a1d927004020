import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEFTOVER_PLACEHOLDER, SAMPLE, errorPagePreviews, fillTemplate, gatewayOf } from './error-page-previews.ts';
import { inlineStyleSources } from './security-headers.mjs';

const dir = join(import.meta.dirname, '../public/error-pages');
const templates = Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
const pages = errorPagePreviews(templates);
const address = `${SAMPLE.scheme}://${SAMPLE.host}${SAMPLE.path}`;

/** The sample id each gateway's page shows, if it has one. */
const idOf = (gateway: string): string | undefined =>
  gateway === 'cloudflare' ? SAMPLE.ray : (SAMPLE.requestIds as Record<string, string>)[gateway];

/** The query of the page's "What can I do?" link. */
const wizardLink = (html: string) => {
  const href = /<a class="act" href="(\/\?[^"]*)">What can I do\?<\/a>/.exec(html)?.[1] ?? '';
  return new URL(href.replaceAll('&amp;', '&'), 'https://wizard.test').searchParams;
};

describe.each(Object.keys(templates))('the preview of %s', (file) => {
  const gateway = gatewayOf(file);
  const preview = pages[`preview/${gateway}/index.html`];
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
    if (gateway === 'generic') return;
    expect(params.get('via')).toBe(gateway);
    expect(params.get(gateway === 'cloudflare' ? 'ray' : 'rid')).toBe(idOf(gateway));
    if (gateway !== 'cloudflare') expect(params.get('url')).toBe(address);
  });

  it('offers the template itself, to download and to copy', () => {
    expect(preview).toContain(`<a href="/error-pages/${file}" download="${file}">`);
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
    expect(pages['index.html']).toContain(`href="/error-pages/preview/${gatewayOf(file)}/"`);
    expect(pages[`preview/${gatewayOf(file)}/index.html`]).toBeDefined();
  }
});

it('refuses a template it cannot fill, instead of publishing raw placeholders', () => {
  expect(() => fillTemplate('nginx-502.html', '<p><!--# echo var="upstream_addr" --></p>')).toThrow(/no sample value/);
  expect(() => fillTemplate('caddy-502.html', '<p>{{.RemoteIP}}</p>')).toThrow(/no sample value/);
  expect(() => fillTemplate('iis-502.html', '<p></p>')).toThrow(/no known gateway/);
});
