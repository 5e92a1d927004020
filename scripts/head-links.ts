/**
 * The links in each pre-rendered page's head that search engines read: the canonical address and the
 * same page in every locale (hreflang). Both must be absolute (https://…) to count, so they are written
 * only when the build knows the guide's public origin, from GD_SITE_ORIGIN; a relative one is worse than
 * none (search engines drop it, and Lighthouse fails the page).
 */
import { localeBase, localeCodes, sourceLocale, type Locale } from '../src/registry/locales.ts';

/** The origin in GD_SITE_ORIGIN ("https://help.example.com"), or undefined when unset; a bad value throws. */
export const siteOriginOf = (value: string | undefined): string | undefined => {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`GD_SITE_ORIGIN=${value} is not an address: give the guide's origin, like https://help.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`GD_SITE_ORIGIN=${value} must start with https:// or http://.`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`GD_SITE_ORIGIN=${value} must be an origin only (the guide is served from the root of its host), like ${url.origin}`);
  }
  return url.origin;
};

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The head links of the page at `path` (a path within the locale, like /step/x/) of `locale`: its canonical
 * address when `canonical` names another path, and its alternates in every locale. Empty without an origin.
 */
export const headLinks = (origin: string | undefined, locale: Locale, path: string, canonical?: string): string => {
  if (origin === undefined) return '';
  const address = (code: Locale, within: string): string => escapeAttribute(`${origin}${localeBase(code)}${within.slice(1)}`);
  const own = canonical ?? path;
  return [
    `<link rel="canonical" href="${address(locale, own)}" />`,
    ...localeCodes.map((code) => `<link rel="alternate" hreflang="${code}" href="${address(code, own)}" />`),
    `<link rel="alternate" hreflang="x-default" href="${address(sourceLocale, own)}" />`,
  ].join('');
};
