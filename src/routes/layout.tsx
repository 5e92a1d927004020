import { Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigationType } from 'react-router';
import { ui } from '@/content/texts';
import { stepPath } from '@/engine/url';
import { flow, otherCodesStepId } from '@/flows/current';
import { labelMainLandmark, reportHeight } from '@/features/embed/embedded';
import { markAppOnScreen } from '@/features/wizard/use-whole-page';
import { LanguageLinks, LanguageOffer } from '@/features/language/language-links';
import { JourneyStoreProvider } from '@/stores/journey-store-context';
import { PageError, PageErrorBoundary } from '@/routes/route-error';
import { useShownPage } from '@/routes/shown-page';
import { scrolledAway, watchScrolledAway } from '@/hooks/scrolled-away';

/** The link followed from each history entry (by its key): Back returns the focus to it. */
const followedFrom = new Map<string, string>();

/** The link on the page that leads to `href`, if the page (its whole body) shows it yet. */
const linkTo = (href: string): HTMLElement | null => {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#root a[href]')) if (link.getAttribute('href') === href) return link;
  return null;
};

/**
 * Moves focus to the new page's heading after each client-side navigation (not on the first load). Back
 * and Forward return it to the link that was followed from that page, where the browser has put the
 * page back as it was: the heading may be far above the view then, and the next Tab would jump there.
 */
const useFocusHeadingOnNavigate = (): void => {
  const { pathname, search, key } = useLocation();
  const navigationType = useNavigationType();
  const first = useRef(true);
  const here = useRef(key);
  useLayoutEffect(() => {
    here.current = key;
  }, [key]);
  useEffect(() => watchScrolledAway(), []);
  useEffect(() => {
    const remember = (event: MouseEvent): void => {
      const link = event.target instanceof Element ? event.target.closest('#root a[href]') : null;
      const href = link?.getAttribute('href');
      if (href) followedFrom.set(here.current, href);
    };
    document.addEventListener('click', remember, true);
    return () => document.removeEventListener('click', remember, true);
  }, []);
  // A layout effect: focus moves in the same frame as the new step's first paint, not after it.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A new step is a new page: jump to its top at once, as a page load would (smooth scrolling is
    // only for in-page links, and would move the answers under the visitor's pointer). The heading is
    // then in view, so focusing it scrolls nothing: without preventScroll, focus() would lay the new
    // page out in the middle of this task only to find that out, and the frame would wait for it.
    // A page already at its top is not scrolled at all, for the same reason (see scrolled-away.ts).
    if (navigationType === 'PUSH' && scrolledAway()) window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    const followed = navigationType === 'POP' ? followedFrom.get(key) : undefined;
    const target = (followed && linkTo(followed)) || document.getElementById('main-heading');
    target?.focus({ preventScroll: true });
    // A step's sections come a frame after its first screen: the link may be among them.
    if (followed && target?.id === 'main-heading') {
      const frame = requestAnimationFrame(() => linkTo(followed)?.focus({ preventScroll: true }));
      return () => cancelAnimationFrame(frame);
    }
    return undefined;
  }, [pathname, search, navigationType, key]);
};

/** In a host's frame, the new page's height goes to the host at once (see reportHeight). */
const useReportHeightOnNavigate = (): void => {
  const { pathname, search } = useLocation();
  useEffect(() => reportHeight(), [pathname, search]);
};

/**
 * A marker for tests and styles: the pre-rendered page is interactive, its content included. From
 * then on a step page that mounts was reached by navigating (see useWholePage).
 */
const MarkHydrated = () => {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
    markAppOnScreen();
  }, []);
  return null;
};

/** The page frame: skip link, header, the step, footer. */
export const Layout = () => {
  const { linksToMap: pageLinksToMap, failed } = useShownPage();
  const { pathname, search } = useLocation();
  useFocusHeadingOnNavigate();
  useReportHeightOnNavigate();
  useEffect(() => labelMainLandmark(), []);
  return (
    <JourneyStoreProvider>
      <a className="skip-link" href="#main-heading">
        {ui.skipToContent}
      </a>
      <header className="site-header">
        <Link className="site-name" to="/">
          {ui.siteName}
        </Link>
        <LanguageLinks />
        <LanguageOffer />
      </header>
      <main id="main" className="page">
        {/* Its own boundary, so that a pre-rendered page hydrates in slices that leave the page free to
            answer input (the frame first, then the step), not in one long task; a click on a part not
            yet hydrated hydrates that part first. */}
        <Suspense fallback={null}>
          {/* A page that fails to load or render gets an apology in the frame; the next address starts afresh. */}
          {failed ? (
            <PageError />
          ) : (
            <PageErrorBoundary address={`${pathname}${search}`}>
              <Outlet />
            </PageErrorBoundary>
          )}
          <MarkHydrated />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          <Link to={stepPath(flow, otherCodesStepId)}>{ui.footerOtherCode}</Link>
        </p>
        {pageLinksToMap ? null : (
          <p>
            <Link to="/map/">{ui.footerMap}</Link>
          </p>
        )}
        <p>{ui.footerPrivacy}</p>
      </footer>
    </JourneyStoreProvider>
  );
};
