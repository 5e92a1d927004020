import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(import.meta.dirname, '../public/error-pages');
const WIZARD = 'https://gateway-doctor.example/';
const files = fs.readdirSync(dir).filter((name) => name.endsWith('.html'));

describe('ready-made error pages', () => {
  it('has the six pages', () => {
    expect(files.sort()).toEqual(
      ['apache-502.html', 'caddy-502.html', 'cloudflare-502.html', 'generic-502.html', 'haproxy-502.html', 'nginx-502.html'],
    );
  });

  describe.each(files)('%s', (name) => {
    const html = fs.readFileSync(path.join(dir, name), 'utf8');

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

  it('the generic page carries only status and audience', () => {
    const html = fs.readFileSync(path.join(dir, 'generic-502.html'), 'utf8');
    expect(html).toContain(`href="${WIZARD}?status=502&amp;who=visitor"`);
  });

  it('the Cloudflare page has the tokens Cloudflare needs', () => {
    const html = fs.readFileSync(path.join(dir, 'cloudflare-502.html'), 'utf8');
    expect(html).toContain('::CLOUDFLARE_ERROR_500S_BOX::');
    expect(html).toContain('ray=::RAY_ID::');
  });
});
