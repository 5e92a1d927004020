import { useStore } from 'zustand';
import { productName, statusName, ui } from '@/content/texts';
import type { ErrorContext } from '@/context/params';
import { liveCheckAllowedHere } from '@/features/embed/embedded';
import { refusalFor } from '@/live-checks/address';
import { contextStore } from '@/stores/context-store';

const words = ui.contextStrip;

/** "shop.example.com/cart", short enough for one line on a phone. */
const hostAndPath = (url: string): string | undefined => {
  if (!URL.canParse(url)) return undefined;
  const { host, pathname } = new URL(url);
  const text = `${host}${pathname === '/' ? '' : pathname}`;
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
};

/** The facts of the error page's link in one line: where, what, and which gateway said it. */
const summary = (context: ErrorContext): string =>
  [
    context.url && hostAndPath(context.url),
    context.status !== undefined && statusName(context.status),
    context.via && productName(context.via),
  ]
    .filter(Boolean)
    .join(' · ');

/** Whether the live check below may ask this address (the same rules as the check itself). */
const checkable = (url: string | undefined): url is string =>
  url !== undefined && liveCheckAllowedHere() && refusalFor(url, window.location) === undefined;

/**
 * At the top of the page, for a visit from an error page: what it told us in one line, the button that
 * starts checking whether the site is back (in the "What we know" panel below, where its results
 * show), or else a link to that panel. Text only. Rendered in the browser only, once hydrated.
 */
export const ContextStrip = () => {
  const context = useStore(contextStore, (state) => state.context);
  const askLiveCheck = useStore(contextStore, (state) => state.askLiveCheck);
  const line = summary(context);
  if (!line) return null;
  const visitorOnFailingSite = context.who === 'visitor' && (context.status === undefined || context.status === 502 || context.status >= 520);
  return (
    <aside className="context-strip" aria-label={words.label}>
      <p className="context-strip-line">
        <span className="context-strip-facts">{line}</span>{' '}
        {checkable(context.url) ? (
          <button type="button" className="link-button" onClick={askLiveCheck}>
            {words.checkBack}
          </button>
        ) : (
          <a href="#context-heading">{words.details}</a>
        )}
      </p>
      {visitorOnFailingSite ? <p className="context-strip-note">{words.visitorNote}</p> : null}
    </aside>
  );
};
