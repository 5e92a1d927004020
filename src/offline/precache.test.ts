import { describe, expect, it } from 'vitest';
import { cacheName, cachesToDelete, pageFor, precacheUrls } from '@/offline/precache';

describe('precacheUrls', () => {
  it('keeps pages, assets and icons, as the addresses the browser asks for', () => {
    const urls = precacheUrls([
      'index.html',
      'step/reload-the-page/index.html',
      'diagnose/index.html',
      '404.html',
      'assets/index-abc.js',
      'assets/index-abc.js.map',
      'favicon.svg',
      'embed.js',
      '.vite/manifest.json',
      'sw.js',
      'error-pages/nginx-502.html',
      'embed-demo.html',
      'robots.txt',
      '_headers',
    ]);
    expect(urls).toEqual(['/', '/404.html', '/assets/index-abc.js', '/diagnose/', '/embed.js', '/favicon.svg', '/step/reload-the-page/']);
  });
});

describe('cachesToDelete', () => {
  const v1 = cacheName('20261101-aaaa');
  const v2 = cacheName('20261110-bbbb');
  const v3 = cacheName('20261124-cccc');

  it('keeps the current version and the one before it, for pages still open on it', () => {
    expect(cachesToDelete([v1, v2, v3], v3)).toEqual([v1]);
    expect(cachesToDelete([v2, v3], v3)).toEqual([]);
  });

  it("never touches other sites' caches, and drops versions newer than the one that is active", () => {
    expect(cachesToDelete(['other-app', v1, v3], v1)).toEqual([v3]);
  });
});

describe('pageFor', () => {
  const cached = new Set(['/', '/step/reload-the-page/', '/diagnose/', '/404.html']);
  it('finds a page with or without its trailing slash, whatever the query', () => {
    expect(pageFor('/step/reload-the-page', cached)).toBe('/step/reload-the-page/');
    expect(pageFor('/step/reload-the-page/', cached)).toBe('/step/reload-the-page/');
    expect(pageFor('/', cached)).toBe('/');
  });
  it('answers the not-found page for anything else', () => {
    expect(pageFor('/step/nope/', cached)).toBe('/404.html');
    expect(pageFor('/../../etc/passwd', cached)).toBe('/404.html');
  });
});
