import { indexMatchers, toMatcher, type Matcher } from '@/diagnose/compile';
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
}

/** Every row's match, as a matcher, in the table's order. */
export const tableRows = (): readonly { readonly match: string | RegExp; readonly ignoreCase?: boolean }[] => [...patterns, ...statusSigns];

export const rowMatcher = (row: { readonly match: string | RegExp; readonly ignoreCase?: boolean }): Matcher => toMatcher(row.match, row.ignoreCase);

/** The index of the table as it is now. */
export const indexTable = (): TableIndex => {
  const rows = tableRows();
  const { words, owners } = indexMatchers(rows.map(rowMatcher));
  return { rows: rows.length, words, owners };
};
