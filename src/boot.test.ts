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

describe('an answer clicked before the app runs', () => {
  const answerLink = (href: string): HTMLAnchorElement => {
    document.body.innerHTML = `<ol class="answer-list"><li><a class="answer" href="${href}"><span>No</span></a></li></ol>`;
    return document.querySelector('a.answer')!;
  };
  const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

  afterEach(() => {
    document.body.innerHTML = '';
    delete document.documentElement.dataset.hydrated;
    window.history.replaceState(null, '', '/');
  });

  it('keeps the answers in the address of the page it is on', async () => {
    await boot('/assets/app.js', '');
    window.history.replaceState(null, '', '/step/reload-the-page/?a=who-are-you.visitor');
    const link = answerLink('/step/private-window/?a=reload-the-page.still-502');
    link.addEventListener('click', (event) => event.preventDefault());
    click(link.querySelector('span')!);
    expect(link.pathname + link.search).toBe('/step/private-window/?a=who-are-you.visitor_reload-the-page.still-502');
    // A second click does not add them twice.
    click(link);
    expect(link.pathname + link.search).toBe('/step/private-window/?a=who-are-you.visitor_reload-the-page.still-502');
  });

  it('leaves the link alone once the app has the page, on the first page, and for an address that is not a journey', async () => {
    await boot('/assets/app.js', '');
    const href = '/step/private-window/?a=reload-the-page.still-502';
    window.history.replaceState(null, '', '/');
    let link = answerLink(href);
    click(link);
    expect(link.pathname + link.search).toBe(href);
    window.history.replaceState(null, '', '/step/reload-the-page/?a=<script>');
    link = answerLink(href);
    click(link);
    expect(link.pathname + link.search).toBe(href);
    window.history.replaceState(null, '', '/step/reload-the-page/?a=who-are-you.visitor');
    document.documentElement.dataset.hydrated = '';
    link = answerLink(href);
    click(link);
    expect(link.pathname + link.search).toBe(href);
  });
});
