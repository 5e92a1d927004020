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

startAfterFirstPaint();
