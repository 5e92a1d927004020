import { createContext, useContext, type ComponentPropsWithoutRef } from 'react';
import { Link, useLocation } from 'react-router';

/** What an in-app link passes as location state: the page it was on, for the next page's Back link. */
export interface CameFromState {
  readonly from: string;
}

/**
 * How the page around a step's text addresses a link to another page of this site: a step page keeps
 * the journey in it (see linkHref in engine/url.ts); elsewhere the address stays as written.
 */
export const InTextLinks = createContext<(href: string) => string>((href) => href);

/**
 * A link in a step's text. A page of this site opens inside the app and takes this page's address,
 * answers included, along as location state, so the next page's Back link returns here
 * (features/wizard/came-from.ts reads it). Any other address stays a plain link.
 */
export const ContentLink = ({ href, ...props }: ComponentPropsWithoutRef<'a'>) => {
  const { pathname, search } = useLocation();
  const address = useContext(InTextLinks);
  if (href === undefined || !href.startsWith('/') || href.startsWith('//')) return <a href={href} {...props} />;
  return <Link to={address(href)} state={{ from: `${pathname}${search}` } satisfies CameFromState} {...props} />;
};
