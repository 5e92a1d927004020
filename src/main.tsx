import { startTransition, StrictMode, useLayoutEffect, useRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { asksForEmbed } from '@/embed/flag';
import type { EmbedOptions } from '@/embed/protocol';
import { canonicalPath } from '@/engine/url';
import { readArrival } from '@/features/context/arrival';
import { loadContextParts } from '@/features/context/context-parts';
import { startEmbedMode } from '@/features/embed/embedded';
import { flow } from '@/flows/current';
import { isPageReady, preparePage, SitePages } from '@/routes/routes';
import { SiteRouter } from '@/routes/site-router';
import { addressOf, basename, sitePath } from '@/routes/site-base';
import { contextStore, hasPanel, loadContext } from '@/stores/context-store';
import { ui } from '@/content/texts';
import { localeBase, localeOfTag } from '@/registry/locales';
import '@/styles.css';

/**
 * A link that asks for another of the guide's languages (`lang`, from an error page or an embed) opens
 * that language's build of the same page, with the same query: the only redirect the guide makes (a
 * browser's preferred language only gets an offer, see LanguageOffer).
 */
const openAskedLanguage = (): boolean => {
  const asked = new URLSearchParams(window.location.search).get('lang')?.slice(0, 35);
  const wanted = asked ? localeOfTag(asked) : undefined;
  if (!wanted || wanted === ui.locale) return false;
  const { pathname, search, hash } = window.location;
  window.location.replace(`${localeBase(wanted)}${sitePath(pathname).slice(1)}${search}${hash}`);
  return true;
};

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Renders the app over the pre-rendered page. Someone may already have moved into that page with the
 * keyboard (a help center's frame, a slow phone): the element at the same place among the focusable
 * ones takes the focus, instead of it falling back to the top of the document.
 */
const renderAfresh = (container: HTMLElement, app: ReactNode): void => {
  const placeOf = (element: Element | null): number =>
    element && container.contains(element) ? [...container.querySelectorAll(FOCUSABLE)].indexOf(element) : -1;
  // Where the focus is in the pre-rendered page, kept up to date until the app's page replaces it: the
  // first render may wait for a chunk (a slow phone, a busy machine) and commit later than flushSync.
  let place = placeOf(document.activeElement);
  const follow = (event: FocusEvent): void => {
    place = placeOf(event.target as Element);
  };
  container.addEventListener('focusin', follow);
  const restore = (): void => {
    container.removeEventListener('focusin', follow);
    if (place >= 0 && !container.contains(document.activeElement)) container.querySelectorAll<HTMLElement>(FOCUSABLE)[place]?.focus();
  };
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <>
        {app}
        <OnFirstCommit run={restore} />
      </>,
    ),
  );
};

/** Runs `run` once, when the tree it is in is first put on the page. */
const OnFirstCommit = ({ run }: { run: () => void }) => {
  const done = useRef(false);
  useLayoutEffect(() => {
    if (done.current) return;
    done.current = true;
    run();
  }, [run]);
  return null;
};

const boot = ({ embed, rest }: { embed?: EmbedOptions; rest: string }): void => {
  const { hash } = window.location;
  const pathname = canonicalPath(sitePath(window.location.pathname));
  // Embed mode's code loads only inside a frame; the first render waits for it there (see start below).
  const embedReady = startEmbedMode(embed);

  /**
   * Shows another address for this page. The path is whatever the visitor's link said, and a path such
   * as `//evil.example/` read as a URL is another site (replaceState throws); given with our origin it
   * stays a path here. Should a browser refuse even that, the page runs on at the address it has.
   */
  const showAddress = (path: string): void => {
    try {
      window.history.replaceState(null, '', `${window.location.origin}${addressOf(path)}${hash}`);
    } catch {
      // The address bar is a nicety; the wizard must start regardless.
    }
  };

  // A link from an error page carries context: read it, take it out of the address bar (it stays for
  // this tab, and a shared link then shares only the wizard's own parameters) and open the step it
  // points to.
  const arrival = readArrival(flow, pathname, rest, new Date());
  if (arrival) {
    contextStore.getState().arrive(arrival);
    showAddress(arrival.path);
  } else {
    loadContext();
    if (embed || addressOf(pathname) !== window.location.pathname) showAddress(pathname + (rest ? `?${rest}` : ''));
  }

  // The "What we know" panel and the strip above the heading are their own chunks: with context to show,
  // the first render waits for them, so the strip is in the first frame instead of pushing the page down.
  const partsReady = hasPanel(contextStore.getState()) ? loadContextParts().then(() => true, () => true) : undefined;

  const app = (failedAtStart: boolean) => (
    <StrictMode>
      <SiteRouter basename={basename || '/'} isReady={isPageReady} prepare={preparePage} failedAtStart={failedAtStart}>
        <SitePages />
      </SiteRouter>
    </StrictMode>
  );

  // The page arrives pre-rendered; hydrate only once its step's body (or its page's module) is here,
  // or React would find an empty page where the HTML has content. A visit with context (just arrived, or
  // kept for this tab) renders afresh instead, once the strip's chunk is here: its first frame shows the
  // context, and perhaps another step, where the HTML had none.
  const start = (failed: boolean): void => {
    const root = document.getElementById('root') as HTMLElement;
    if (partsReady) void partsReady.then(() => renderAfresh(root, app(failed)));
    else if (arrival || failed) renderAfresh(root, app(failed));
    // As a transition, hydration yields to the browser every few milliseconds instead of taking the main
    // thread in one long task (a click meanwhile is replayed once its part is hydrated).
    else startTransition(() => void hydrateRoot(root, app(false)));
  };

  // Offline after the first visit (src/offline-worker): registered once the page has loaded, so it never
  // competes with the page for the network, and not at all when the visitor asked to save data. A
  // browser or frame that refuses it simply stays online-only.
  const savesData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  if (import.meta.env.PROD && 'serviceWorker' in navigator && !savesData) {
    const register = (): void => {
      navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
    };
    // The app starts after the first paint (src/boot.ts): the page may have finished loading by then.
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }

  const pageReady = preparePage(sitePath(window.location.pathname)).then(
    () => false,
    () => true,
  );
  void Promise.all([pageReady, embedReady.catch(() => undefined)]).then(([failed]) => start(failed));
};

// Inside a help center's frame, the embed options come first (docs/embedding.md); what is left of the
// query is the journey and perhaps context. The embed protocol's code loads only when it is asked for.
if (!openAskedLanguage()) {
  const { search } = window.location;
  const plain = { rest: search.startsWith('?') ? search.slice(1) : search };
  // Should the protocol's chunk fail to load, the page still starts, as it would outside a frame.
  if (asksForEmbed(search)) void import('@/embed/protocol').then(({ readEmbedParams }) => boot(readEmbedParams(search)), () => boot(plain));
  else boot(plain);
}
