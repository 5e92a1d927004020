import { lazy, Suspense, useMemo } from 'react';
import { useLocation } from 'react-router';
import { ui } from '@/content/texts';
import { useHydrated } from '@/hooks/use-hydrated';
import { localeBase, localeCodes, localeOfTag, locales, type Locale } from '@/registry/locales';

export const here = ui.locale as Locale;
const others = localeCodes.filter((code) => code !== here);

/**
 * The address of this page in another locale: the same path inside the site, and, once hydrated, the
 * same query (the answers so far) and anchor. Each locale is its own build, so the link loads a page.
 */
export const useAddressIn = (): ((locale: Locale) => string) => {
  const { pathname, search, hash } = useLocation();
  // The pre-rendered page has no query; the first render must match it.
  const hydrated = useHydrated();
  return (locale) => `${localeBase(locale)}${pathname.slice(1)}${hydrated ? `${search}${hash}` : ''}`;
};

const DISMISSED_KEY = 'gateway-doctor-language-offer';

/** Remembers that the reader chose a language (or turned the offer down): the offer is not made again. */
export const rememberChoice = (): void => {
  try {
    localStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // Private mode: the offer comes back next time, which is harmless.
  }
};

/**
 * The same page in the guide's other languages, each named in its own language; the journey goes along.
 * Following one is a choice of language: the other language's page makes no offer to come back.
 */
export const LanguageLinks = () => {
  const addressIn = useAddressIn();
  if (others.length === 0) return null;
  return (
    <nav className="language-links" aria-label={ui.language.others}>
      <ul>
        {others.map((code) => (
          <li key={code}>
            <a href={addressIn(code)} hrefLang={code} lang={code} onClick={rememberChoice}>
              {locales[code].name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
};

/** The first of the browser's preferred languages the guide has, if it is not this page's. */
const preferredOther = (): Locale | undefined => {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const locale = localeOfTag(tag);
    if (locale) return locale === here ? undefined : locale;
  }
  return undefined;
};

const wasDismissed = (): boolean => {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
};

// The offer itself comes in a chunk of its own: most readers' browsers prefer the page's language and never need it.
const Offer = lazy(async () => ({ default: (await import('@/features/language/language-offer')).LanguageOffer }));

/**
 * A one-line offer, in the reader's own language, when the browser prefers another language the guide
 * has: never a redirect (see language-offer.tsx).
 */
export const LanguageOffer = () => {
  // The browser's languages and the stored choice exist only in the browser: never in the first render.
  const hydrated = useHydrated();
  // Read once, not on every step the visitor moves to (the frame re-renders with each).
  const offered = useMemo(() => (hydrated && !wasDismissed() ? preferredOther() : undefined), [hydrated]);
  return offered ? (
    <Suspense fallback={null}>
      <Offer offered={offered} />
    </Suspense>
  ) : null;
};
