import { AUTOMATON_PREFIX, indexMatchers, toMatcher, type Matcher } from '@/diagnose/compile';
import { patterns, statusSigns } from '@/diagnose/patterns';

/**
 * The table's automaton words and, for each, the rows that start with it: rows are the patterns, then
 * the status signs. Worked out from the table by `npm run compile:diagnose` into compiled-index.ts, so
 * that the first diagnose() does not work it out again (it was most of that call's time).
 */
export interface TableIndex {
  /** How many rows the index was made from: a table of another length is not this one. */
  readonly rows: number;
  readonly words: readonly string[];
  readonly owners: readonly (readonly number[])[];
  /**
   * The markers patterns ask a line to have or lack (lineHas, lineLacks; lower case ASCII), each once,
   * and the word the scan finds each by: its first AUTOMATON_PREFIX characters, a row's word where a
   * row begins the same way, else a word after the rows' own that no row owns.
   */
  readonly markers: readonly string[];
  readonly markerWords: readonly number[];
}

/** Every row's match, as a matcher, in the table's order. */
export const tableRows = (): readonly { readonly match: string | RegExp; readonly ignoreCase?: boolean }[] => [...patterns, ...statusSigns];

export const rowMatcher = (row: { readonly match: string | RegExp; readonly ignoreCase?: boolean }): Matcher => toMatcher(row.match, row.ignoreCase);

/** Every line marker of the patterns, each once, in the order the patterns name them. */
export const lineMarkers = (): string[] => [...new Set(patterns.flatMap((p) => [...(p.lineHas ?? []), ...(p.lineLacks ?? [])]))];

/** The index of the table as it is now. */
export const indexTable = (): TableIndex => {
  const rows = tableRows();
  const { words, owners } = indexMatchers(rows.map(rowMatcher));
  const markers = lineMarkers();
  const markerWords = markers.map((marker) => {
    const prefix = marker.slice(0, AUTOMATON_PREFIX);
    let word = words.indexOf(prefix);
    if (word < 0) word = words.push(prefix) - 1;
    return word;
  });
  while (owners.length < words.length) owners.push([]);
  return { rows: rows.length, words, owners, markers, markerWords };
};
