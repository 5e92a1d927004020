import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPath, NavigationType, Router, type Location, type Navigator, type To } from 'react-router';
import { PageFailedContext } from '@/routes/shown-page';
import { sitePath } from '@/routes/site-base';
import { afterNextPaint } from '@/hooks/after-next-paint';
import { scrolledAway, watchScrolledAway } from '@/hooks/scrolled-away';

/**
 * The browser's router: React Router's own <Router> (links, locations, search parameters, navigation
 * types), fed by a history of our own that moves to a page only once the page can render, so an
 * answer never shows a half-loaded step. A page whose chunk is loaded (the answers' next steps are
 * fetched ahead, see prefetch.ts) is shown in the click's own task, and the address bar follows right
 * after that frame; one whose chunk is not keeps the current page until it arrives. Going back renders
 * from memory.
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

/** Where `href` leads, as React Router's location with `entry`'s state and key. */
const locationAt = (href: string, entry: Entry): Location => {
  const { pathname, search, hash } = new URL(href, window.location.href);
  return { pathname, search, hash, state: entry.usr, key: entry.key };
};

export const SiteRouter = ({ basename, isReady, prepare, failedAtStart = false, children }: SiteRouterProps) => {
  const [shown, setShown] = useState<Shown>(() => ({ location: currentLocation(), action: NavigationType.Pop, failed: failedAtStart }));
  // Only the latest navigation may show its page: a slow chunk must not replace a later answer's step.
  const latest = useRef(0);
  // The history entry of the page just shown, added once that page is painted (see below).
  const pendingPush = useRef<(() => void) | undefined>(undefined);

  /** Calls `show` once the page at `path` can render (at once, or when its chunk is here), unless a later navigation came first. */
  const whenReady = useMemo(
    () =>
      (path: string, show: (failed: boolean) => void): void => {
        const ticket = ++latest.current;
        const latestShow = (failed: boolean): void => {
          if (ticket === latest.current) show(failed);
        };
        if (isReady(path)) latestShow(false);
        else
          prepare(path).then(
            () => latestShow(false),
            () => latestShow(true),
          );
      },
    [isReady, prepare],
  );

  const navigator = useMemo<Navigator>(() => {
    const flushPush = (): void => {
      const push = pendingPush.current;
      pendingPush.current = undefined;
      push?.();
    };

    /** Shows the page at `href` once it can render, and makes it the current history entry. */
    const move = (to: To, state: unknown, action: NavigationType.Push | NavigationType.Replace): void => {
      flushPush();
      const href = typeof to === 'string' ? to : createPath(to);
      const entry: Entry = { usr: state ?? null, key: newKey() };
      const show = (failed: boolean): void => {
        flushPush();
        // The browser saves the place of the page left when the new entry is added. From the top of a
        // page that place is the top either way, so there the new page comes first and its entry right
        // after it is painted: adding an entry took from 0.1 to 15 ms in Chromium here, a frame's worth,
        // where replacing one takes 0.1 ms. From further down, the entry comes first, so Back returns there.
        // Where the page is comes from its last scroll event: reading window.scrollY here would make the
        // browser recalculate the styles of the page being left (the answer's hover and focus) first.
        if (action === NavigationType.Push && !scrolledAway()) {
          pendingPush.current = () => window.history.pushState(entry, '', href);
          setShown({ location: locationAt(href, entry), action, failed });
          afterNextPaint(flushPush);
          return;
        }
        if (action === NavigationType.Push) window.history.pushState(entry, '', href);
        else window.history.replaceState(entry, '', href);
        setShown({ location: currentLocation(), action, failed });
      };
      whenReady(sitePath(new URL(href, window.location.href).pathname), show);
    };
    return {
      createHref: (to) => (typeof to === 'string' ? to : createPath(to)),
      go: (delta) => {
        flushPush();
        window.history.go(delta);
      },
      push: (to, state) => move(to, state, NavigationType.Push),
      replace: (to, state) => move(to, state, NavigationType.Replace),
    };
  }, [whenReady]);

  useEffect(() => watchScrolledAway(), []);

  // A router taken off the page adds no entry for a page it no longer shows.
  useEffect(
    () => () => {
      pendingPush.current = undefined;
    },
    [],
  );

  useEffect(() => {
    // Back and forward: the address has already changed; the page follows once it can render.
    const onPopState = (): void => {
      // An entry not yet added belongs to a page the browser has already left.
      pendingPush.current = undefined;
      whenReady(sitePath(window.location.pathname), (failed) => setShown({ location: currentLocation(), action: NavigationType.Pop, failed }));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [whenReady]);

  return (
    <Router basename={basename} location={shown.location} navigationType={shown.action} navigator={navigator}>
      <PageFailedContext value={shown.failed}>{children}</PageFailedContext>
    </Router>
  );
};
