// The classifier's sentences in the page's language. The classifier (src/diagnose) speaks English;
// another locale's content/<code>/diagnose.json translates each sentence, keyed by the English one
// (src/diagnose/sentences.ts lists them, check:content holds every locale to that list). English has
// no such file: its sentences are their own words.
const catalogs = import.meta.glob<Readonly<Record<string, string>>>('@content-locale/diagnose.json', { eager: true, import: 'default' });
const catalog: Readonly<Record<string, string>> = Object.values(catalogs)[0] ?? {};

/** A classifier sentence in the page's language. */
export const say = (english: string): string => (Object.hasOwn(catalog, english) && catalog[english] !== '' ? catalog[english] : english);
