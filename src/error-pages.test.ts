import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTemplates } from '../scripts/error-page-templates';
import { localeCodes, sourceLocale } from '@/registry/locales';

const dir = path.resolve(import.meta.dirname, '../public/error-pages');
const WIZARD = 'https://gateway-doctor.example/';
const templates = readTemplates(dir);
const GATEWAYS = ['apache-502.html', 'caddy-502.html', 'cloudflare-502.html', 'generic-502.html', 'haproxy-502.html', 'nginx-502.html'];

describe('ready-made error pages', () => {
  it('has the six pages in every language', () => {
    expect(Object.keys(templates).sort()).toEqual(
      localeCodes.flatMap((locale) => GATEWAYS.map((file) => (locale === sourceLocale ? file : `${locale}/${file}`))).sort(),
    );
  });

  describe.each(Object.keys(templates))('%s', (name) => {
    const html = templates[name];

    it('is under 10 KB', () => {
      expect(Buffer.byteLength(html)).toBeLessThan(10 * 1024);
    });

    it('has no script and no automatic reload', () => {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/http-equiv\s*=\s*["']?refresh/i);
    });

    it('requests nothing and links nowhere but the wizard and the retry link', () => {
      const refs = [...html.matchAll(/\b(src|href)\s*=\s*"([^"]*)"/gi)].map((m) => ({ attr: m[1].toLowerCase(), url: m[2] }));
      expect(refs.filter((ref) => ref.attr === 'src')).toEqual([]);
      expect(html).not.toMatch(/@import|url\(/i);
      for (const { url } of refs) {
        // The retry link is the page's own address ("" resolves to the URL that failed).
        if (url === '') continue;
        expect(url.startsWith(WIZARD), `${url} goes elsewhere`).toBe(true);
      }
      expect(refs.some((ref) => ref.url === '')).toBe(true);
    });

    it('is a structured, accessible document', () => {
      expect(html).toMatch(/<html lang="[a-z]{2}"/);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html.match(/<main[\s>]/g)).toHaveLength(1);
      expect(html).toMatch(/<meta name="viewport"/);
      expect(html).toMatch(/prefers-color-scheme:\s*dark/);
      expect(html).toMatch(/:focus-visible/);
    });

    it('links to the wizard with status=502', () => {
      const wizard = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).filter((url) => url.startsWith(WIZARD));
      expect(wizard).toHaveLength(1);
      expect(wizard[0]).toMatch(/[?&](amp;)?status=502(&|$)/);
      expect(wizard[0]).toMatch(/[?&](amp;)?who=visitor(&|$)/);
    });
  });

  it('the generic page carries only status and audience (and the language)', () => {
    expect(templates['generic-502.html']).toContain(`href="${WIZARD}?status=502&amp;who=visitor"`);
    expect(templates['de/generic-502.html']).toContain(`href="${WIZARD}?lang=de&amp;status=502&amp;who=visitor"`);
  });

  it.each(localeCodes.map((locale) => (locale === sourceLocale ? 'cloudflare-502.html' : `${locale}/cloudflare-502.html`)))('%s has the tokens Cloudflare needs', (name) => {
    expect(templates[name]).toContain('::CLOUDFLARE_ERROR_500S_BOX::');
    expect(templates[name]).toContain('ray=::RAY_ID::');
  });
});
