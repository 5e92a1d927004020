/**
 * Where a person came from inside this site, for the Back link of a page opened without answers: a
 * link in a step's text or a diagnosis passes the page it was on (React Router's location state), and
 * a full page load from this site leaves it in the referrer. Both are untrusted: only a path of one
 * of this site's pages, on this origin, of a sane length, is ever used. The state's shape is
 * CameFromState (components/content-link.tsx).
 */

const MAX_LENGTH = 2100;
const SITE_PAGE = /^\/(?:step\/[a-z0-9]+(?:-[a-z0-9]+)*\/|diagnose\/|map\/)?$/;

/** The path and query of `address` if it is one of this site's pages on `origin`; else undefined. */
const sitePage = (address: string, origin: string): string | undefined => {
  if (address.length > MAX_LENGTH || !URL.canParse(address, origin)) return undefined;
  const url = new URL(address, origin);
  if (url.origin !== origin || !SITE_PAGE.test(url.pathname)) return undefined;
  return `${url.pathname}${url.search}`;
};

/**
 * The page to go back to, if the person came from another page of this site: the location state an
 * in-app link left, else a same-origin referrer. Never the page itself.
 */
export const cameFrom = (state: unknown, referrer: string, here: { origin: string; pathname: string; search: string }): string | undefined => {
  const fromState = typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string' && state.from.startsWith('/') ? state.from : undefined;
  const page = fromState !== undefined ? sitePage(fromState, here.origin) : referrer ? sitePage(referrer, here.origin) : undefined;
  return page === undefined || page === `${here.pathname}${here.search}` ? undefined : page;
};
