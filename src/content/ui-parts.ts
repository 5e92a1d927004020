// Relative imports only: vite.config.ts loads this file (through ui-words-plugin.ts) before "@" exists.
/**
 * The parts of ui.json that only one page or panel of its own uses (the diagnosis, the report, the map,
 * what an error page's link told us and its live check): each is served as `virtual:ui-words/<part>`
 * to that chunk, so the first question does not download them. The wizard keeps, in `virtual:ui-words`, only the keys of each part that it shows itself (the
 * links to those pages). content/<locale>/ui.json stays one file per locale for translators.
 */
export const pageParts = {
  diagnose: [],
  report: ['open', 'openForVisitor', 'openForIt', 'openHint'],
  map: ['openFromStep'],
  context: ['statusNames'],
  live: [],
} as const satisfies Record<string, readonly string[]>;

export type PagePart = keyof typeof pageParts;

export const pagePartNames = Object.keys(pageParts) as PagePart[];

type Json = Readonly<Record<string, unknown>>;

/** The wizard's words: ui.json with each page part cut down to the keys the wizard shows. */
export const coreWords = (ui: Json): Json =>
  Object.fromEntries(
    Object.entries(ui).map(([key, value]) => {
      if (!Object.hasOwn(pageParts, key)) return [key, value];
      const kept: readonly string[] = pageParts[key as PagePart];
      return [key, Object.fromEntries(Object.entries(value as Json).filter(([name]) => kept.includes(name)))];
    }),
  );
