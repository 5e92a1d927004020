/**
 * The languages the guide is written in. English is the source every other locale is checked
 * against and is served at `/`; another locale is its own build, served under `/<code>/`. Adding one
 * is its folder content/<code>/ (ui.json and steps/, see docs/translating.md) and one line here.
 * `offer` invites a reader whose browser prefers that language, in that language: a few words, to fit
 * one line of the header on a phone.
 */
export const locales = {
  en: { name: 'English', offer: 'Read in English' },
  es: { name: 'Español', offer: 'Leer en español' },
  de: { name: 'Deutsch', offer: 'Auf Deutsch lesen' },
} as const satisfies Record<string, { readonly name: string; readonly offer: string }>;

export type Locale = keyof typeof locales;

export const sourceLocale: Locale = 'en';

/** Every locale, English first. */
export const localeCodes = Object.keys(locales) as Locale[];

/** Whether a code is one of the guide's locales. */
export const isLocale = (code: string): code is Locale => Object.hasOwn(locales, code);

/** Where a locale's pages live: `/` for English, `/es/` for Spanish. */
export const localeBase = (locale: Locale): string => (locale === sourceLocale ? '/' : `/${locale}/`);

/** The locale a BCP 47 tag asks for, by its language subtag, if the guide has it. */
export const localeOfTag = (tag: string): Locale | undefined => {
  const language = tag.split('-')[0].toLowerCase();
  return isLocale(language) ? language : undefined;
};
