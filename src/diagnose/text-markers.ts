import { SHORT_TEXT } from '@/diagnose/scan';

/** Whether a text has any of some markers (lower case), each marker looked up once per text. */
export type TextMarkers = (markers: readonly string[]) => boolean;

// A long text's markers (one the automaton scans, longer than SHORT_TEXT) are looked for by one
// case-insensitive RegExp per marker, made on its first use and kept for every later text. Markers are in
// lower case (a unit test holds every pattern's to that), so `i` finds them where includes() on a
// lower-case copy of the text would. On a long text this makes no copy, and V8 searches a two-byte text
// (a paste with one ’ or •) faster this way: 109 markers over 1 MB of mixed log lines took 6 ms, against
// 7 ms for the copy and 16 ms for includes() on it. A short text is copied: V8 compiles a RegExp on its
// first use, which costs more than copying a few kilobytes, and the first paste asks for dozens of markers.
const finders = new Map<string, RegExp>();
const finderOf = (marker: string): RegExp => {
  let finder = finders.get(marker);
  if (!finder) finders.set(marker, (finder = new RegExp(marker.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'i')));
  return finder;
};

/** The marker lookup for one text. */
export const textMarkers = (text: string): TextMarkers => {
  const seen = new Map<string, boolean>();
  let lower: string | undefined;
  const search = text.length > SHORT_TEXT ? (marker: string) => finderOf(marker).test(text) : (marker: string) => (lower ??= text.toLowerCase()).includes(marker);
  const contains = (marker: string) => {
    let found = seen.get(marker);
    if (found === undefined) seen.set(marker, (found = search(marker)));
    return found;
  };
  return (markers: readonly string[]) => markers.some(contains);
};

/** Whether a pattern's text context (`textHas`, `textLacks`) holds in the text. */
export const textContextHolds = (pattern: { readonly textHas?: readonly string[]; readonly textLacks?: readonly string[] }, has: TextMarkers): boolean =>
  !((pattern.textHas && !has(pattern.textHas)) || (pattern.textLacks && has(pattern.textLacks)));
