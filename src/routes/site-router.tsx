import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPath, NavigationType, Router, type Location, type Navigator, type To } from 'react-router';
import { PageFailedContext } from '@/routes/shown-page';
import { sitePath } from '@/routes/site-base';

/**
 * The browser's router: React Router's own <Router> (links, locations, search parameters, navigation
 * types), fed by a history of our own that moves to a page only once the page can render, so an
 * answer never shows a half-loaded step. A page whose chunk is loaded (the answers' next steps are
 * fetched ahead, see prefetch.ts) is shown in the click's own task, in one frame with the address bar;
 * one whose chunk is not keeps the current page until it arrives. Going back renders from memory.
 *
 * React Router's data router did the same with loaders, at twice the code on every page (30 KB of
 * gzipped JavaScript against 14 KB for <Router> and its hooks).
 */
export interface SiteRouterProps {
  readonly basename: string;
  /** True when the page at a path inside the site can render now. */
  readonly isReady: (path: string) => boolean;
  /** Loads what the page at a path inside the site needs; rejects when that fails. */
  readonly prepare: (path: string) => Promise<void>;
  /** The first page could not be prepared: it shows the apology. */
  readonly failedAtStart?: boolean;
  readonly children?: ReactNode;
}

interface Shown {
  readonly location: Location;
  readonly action: NavigationType;
  readonly failed: boolean;
}

/** What we keep in history.state: the location's state and key, under the names React Router's history used. */
interface Entry {
  readonly usr: unknown;
  readonly key: string;
}

const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && typeof (value as Entry).key === 'string';

const newKey = (): string => Math.random().toString(36).slice(2, 10);

const currentLocation = (): Location => {
  const { pathname, search, hash } = window.location;
  const entry = isEntry(window.history.state) ? window.history.state : undefined;
  return { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' };
};

export const SiteRouter = ({ basename, isReady, prepare, failedAtStart = false, children }: SiteRouterProps) => {
  const [shown, setShown] = useState<Shown>(() => ({ location: currentLocation(), action: NavigationType.Pop, failed: failedAtStart }));
  // Only the latest navigation may show its page: a slow chunk must not replace a later answer's step.
  const latest = useRef(0);

  /** Shows the page at `href` once it can render: at once when it can, else when its chunk is here. */
  const navigateWhenReady = useMemo(
    () =>
      (href: string, change: (() => void) | undefined, action: NavigationType): void => {
        const ticket = ++latest.current;
        const path = sitePath(new URL(href, window.location.href).pathname);
        const show = (failed: boolean): void => {
          if (ticket !== latest.current) return;
          change?.();
          setShown({ location: currentLocation(), action, failed });
        };
        if (isReady(path)) show(false);
        else
          prepare(path).then(
            () => show(false),
            () => show(true),
          );
      },
    [isReady, prepare],
  );

  const navigator = useMemo<Navigator>(() => {
    const move = (to: To, state: unknown, action: NavigationType.Push | NavigationType.Replace): void => {
      const href = typeof to === 'string' ? to : createPath(to);
      const entry: Entry = { usr: state ?? null, key: newKey() };
      navigateWhenReady(
        href,
        () => {
          if (action === NavigationType.Push) window.history.pushState(entry, '', href);
          else window.history.replaceState(entry, '', href);
        },
        action,
      );
    };
    return {
      createHref: (to) => (typeof to === 'string' ? to : createPath(to)),
      go: (delta) => window.history.go(delta),
      push: (to, state) => move(to, state, NavigationType.Push),
      replace: (to, state) => move(to, state, NavigationType.Replace),
    };
  }, [navigateWhenReady]);

  useEffect(() => {
    // Back and forward: the address has already changed; the page follows once it can render.
    const onPopState = (): void => navigateWhenReady(window.location.href, undefined, NavigationType.Pop);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [navigateWhenReady]);

  return (
    <Router basename={basename} location={shown.location} navigationType={shown.action} navigator={navigator}>
      <PageFailedContext value={shown.failed}>{children}</PageFailedContext>
    </Router>
  );
};
