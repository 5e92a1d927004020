import { useStore } from 'zustand';
import { productName, statusName, ui } from '@/content/texts';
import type { ErrorContext } from '@/context/params';
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

/**
 * At the top of the page, for a visit from an error page: what it told us in one line, the way to
 * check whether the site is back, and the full "What we know" panel one tap away. Text only.
 */
export const ContextStrip = () => {
  const context = useStore(contextStore, (state) => state.context);
  const line = summary(context);
  if (!line) return null;
  const visitorOnFailingSite = context.who === 'visitor' && (context.status === undefined || context.status === 502 || context.status >= 520);
  return (
    <aside className="context-strip" aria-label={words.label}>
      <p className="context-strip-line">
        <span className="context-strip-facts">{line}</span>{' '}
        <a href={context.url ? '#live-check-heading' : '#context-heading'}>{context.url ? words.checkBack : words.details}</a>
      </p>
      {visitorOnFailingSite ? <p className="context-strip-note">{words.visitorNote}</p> : null}
    </aside>
  );
};
