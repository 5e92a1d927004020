import { useState } from 'react';
import { flushSync } from 'react-dom';
import { ui } from '@/content/texts';
import { here, rememberChoice, useAddressIn } from '@/features/language/language-links';
import { locales, type Locale } from '@/registry/locales';

/**
 * The offer of the page in `offered`, the language the browser prefers. It lies over the header's bar
 * (so nothing on the page moves, and no answer of the first screen is covered) until followed or
 * closed; closing it is remembered.
 */
export const LanguageOffer = ({ offered }: { offered: Locale }) => {
  const addressIn = useAddressIn();
  const [closed, setClosed] = useState(false);
  if (closed) return null;
  const close = (): void => {
    // At once, so that what it covered is visible again before the focus moves there.
    flushSync(() => setClosed(true));
    rememberChoice();
    // The button goes with the offer: the focus goes to what the offer covered, the site's name.
    document.querySelector<HTMLElement>('.site-name')?.focus();
  };
  return (
    <aside className="language-offer" lang={offered} aria-label={locales[offered].name}>
      <a href={addressIn(offered)} hrefLang={offered} onClick={rememberChoice}>
        {locales[offered].offer}
      </a>
      <button type="button" className="button button-secondary" onClick={close} lang={here}>
        {ui.language.close}
      </button>
    </aside>
  );
};
