import { describe, expect, it } from 'vitest';
import { cacheName, cachesToDelete, isPage, pageFor, precacheFiles, previousCache } from '@/offline/precache';

describe('precacheFiles', () => {
  it('keeps pages, assets and icons, as the addresses the browser asks for', () => {
    const files = precacheFiles([
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
      'assets/index-abc.js.br',
      'step/reload-the-page/index.html.gz',
    ]);
    expect(files).toEqual([
      { url: '/', file: 'index.html' },
      { url: '/404.html', file: '404.html' },
      { url: '/assets/index-abc.js', file: 'assets/index-abc.js' },
      { url: '/diagnose/', file: 'diagnose/index.html' },
      { url: '/embed.js', file: 'embed.js' },
      { url: '/favicon.svg', file: 'favicon.svg' },
      { url: '/step/reload-the-page/', file: 'step/reload-the-page/index.html' },
    ]);
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

describe('previousCache', () => {
  const v1 = cacheName('20261101-aaaa');
  const v2 = cacheName('20261110-bbbb');
  const v3 = cacheName('20261124-cccc');

  it('is the newest version older than the current one, never a newer one or another site’s', () => {
    expect(previousCache(['other-app', v2, v1, v3], v3)).toBe(v2);
    expect(previousCache([v1, v2, v3], v2)).toBe(v1);
  });

  it('is none on the first install', () => {
    expect(previousCache(['other-app', v1], v1)).toBeUndefined();
  });
});

describe('isPage', () => {
  it('tells pages from assets', () => {
    expect(['/', '/step/reload-the-page/', '/404.html'].map(isPage)).toEqual([true, true, true]);
    expect(['/assets/index-abc.js', '/assets/index-abc.css', '/favicon.svg', '/embed.js'].map(isPage)).toEqual([false, false, false, false]);
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
