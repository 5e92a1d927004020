/**
 * The languages the guide is written in. English is the source every other locale is checked
 * against and is served at `/`; another locale is served under `/<code>/`. Adding one is its folder
 * content/<code>/ (ui.json and steps/, see docs/translating.md) and one line here.
 */
export const locales = {
  en: { name: 'English' },
} as const satisfies Record<string, { readonly name: string }>;

export type Locale = keyof typeof locales;

export const sourceLocale: Locale = 'en';

/** Every locale, English first. */
export const localeCodes = Object.keys(locales) as Locale[];
