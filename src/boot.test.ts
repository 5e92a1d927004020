// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Runs src/boot.ts afresh on a page whose first script says `app` and `preload`. */
const boot = async (app: string, preload: string): Promise<void> => {
  document.head.innerHTML = '';
  const tag = document.createElement('script');
  tag.dataset.app = app;
  tag.dataset.preload = preload;
  document.head.append(tag);
  vi.resetModules();
  await import('@/boot');
};

const added = () => ({
  scripts: [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map((script) => script.getAttribute('src')),
  preloads: [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.getAttribute('href')),
});

afterEach(() => {
  document.head.innerHTML = '';
});

describe('the first script', () => {
  // jsdom has no paint timing: the script starts the app at once, as in a browser without it.
  it('starts the app and fetches its imports beside it', async () => {
    await boot('/assets/index-abc.js', '/assets/texts-def.js /es/assets/url-123.js');
    expect(added()).toEqual({ scripts: ['/assets/index-abc.js'], preloads: ['/assets/texts-def.js', '/es/assets/url-123.js'] });
  });

  it('loads nothing but the site’s own scripts', async () => {
    await boot('//evil.example/x.js', 'https://evil.example/y.js /assets/ok.js javascript:alert(1)');
    expect(added()).toEqual({ scripts: [], preloads: [] });
    await boot('/assets/app.js', 'https://evil.example/y.js /assets/ok.js data:text/javascript,1');
    expect(added()).toEqual({ scripts: ['/assets/app.js'], preloads: ['/assets/ok.js'] });
  });
});
