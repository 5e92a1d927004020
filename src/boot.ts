/**
 * The page's first script. The page arrives pre-rendered, readable and with working links; the app
 * (src/main.tsx, which scripts/prerender.ts names in this script's data-app attribute, with the chunks it
 * imports in data-preload) is fetched and run only once that page is on screen. On a phone the app
 * takes a moment to download and start: the visitor reads meanwhile, and the first paint does not
 * share a slow connection with the app's 100 KB.
 */

/** Longest wait for the first paint, should the browser not report it (no paint timing). */
const PAINT_WAIT_MS = 300;

/** Only the site's own scripts: a path on this origin ending in .js. */
const ownScript = (path: string): boolean => /^\/[\w\-./]*\.js$/.test(path) && !path.startsWith('//');

const tag = document.querySelector<HTMLScriptElement>('script[data-app]');

let started = false;
const start = (): void => {
  if (started || !tag) return;
  started = true;
  const app = tag.dataset.app ?? '';
  if (!ownScript(app)) return;
  // The app's own imports load beside it, not one after another.
  for (const path of (tag.dataset.preload ?? '').split(' ').filter(ownScript)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = path;
    document.head.append(link);
  }
  // Should the app not load, the page stays as it is: every answer is a real link.
  const script = document.createElement('script');
  script.type = 'module';
  script.src = app;
  document.head.append(script);
};

export const startAfterFirstPaint = (): void => {
  // A hidden tab paints nothing until it is shown: start at once. In a help center's frame the host's page
  // is already on screen, and the guide renders afresh with the host's options (src/main.tsx): start at
  // once too, so that what a visitor focuses in the frame is not replaced under them a moment later.
  if (window.self !== window.top || document.visibilityState !== 'visible' || typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    start();
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(() => {
    observer.disconnect();
    start();
  }, PAINT_WAIT_MS);
};

/** A journey as the address writes it (src/engine/url.ts): step and answer ids, '.', '~' and '_', at most 2,000 characters. */
const JOURNEY = /^[a-z0-9.~_-]{1,2000}$/;

/**
 * Until the app runs, an answer is a plain link that carries only its own choice: the page was
 * pre-rendered without knowing the way here. A click before then adds the answers in this page's
 * address, so a quick visitor on a slow phone keeps them all (the app checks the whole journey when
 * it starts). Once the app has the page, its links carry the journey themselves.
 */
export const keepEarlierAnswers = (event: MouseEvent): void => {
  if (document.documentElement.hasAttribute('data-hydrated')) return;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.answer[href]') : null;
  if (!link || link.origin !== window.location.origin) return;
  const here = new URLSearchParams(window.location.search).get('a');
  const own = new URLSearchParams(link.search).get('a');
  if (!here || !own || own.includes('_') || own.startsWith(`${here}_`)) return;
  const journey = `${here}_${own}`;
  if (JOURNEY.test(journey)) link.search = `?a=${journey}`;
};

document.addEventListener('click', keepEarlierAnswers, true);
document.addEventListener('auxclick', keepEarlierAnswers, true);

startAfterFirstPaint();
