import { automatonIndex, type Index, type Matcher } from '@/diagnose/compile';
import { compiledIndex } from '@/diagnose/compiled-index';
import { patterns, statusSigns } from '@/diagnose/patterns';
import { indexTable, rowMatcher, tableRows, type TableIndex } from '@/diagnose/table-index';
import type { Pattern } from '@/diagnose/types';

/** The table, compiled: one matcher per pattern, then one per status sign, all in one automaton. */
export interface Engine {
  readonly patterns: readonly Pattern[];
  /** How many matchers there are: the patterns, then the status signs. */
  readonly matcherCount: number;
  /** A row's matcher, made the first time a candidate needs it (most rows are never needed). */
  readonly matcherOf: (row: number) => Matcher;
  readonly index: Index;
  /** The fixed status of each status sign, in matcher order after the patterns. */
  readonly signStatuses: readonly number[];
  /** Whether each status sign shows the number in a status line or a log field, rather than a reason phrase or a sentence. */
  readonly signNumbered: readonly boolean[];
  /** Per row, which context it needs: `TEXT_CONTEXT`, `LINE_CONTEXT`, `TEXT_GATE` (bits), 0 for none. */
  readonly contextOf: Uint8Array;
  /**
   * The markers rows ask a line to have or lack (lineHas, lineLacks), lower case ASCII: the scan finds
   * them with the rows' words (table-index.ts). `markersOfWord[word]` are the markers that begin with
   * that word; `lineMarkersOf(row)` gives a pattern's lineHas and lineLacks as marker numbers.
   */
  readonly markers: readonly string[];
  readonly markersOfWord: readonly (readonly number[] | undefined)[];
  readonly lineMarkersOf: (row: number) => { readonly has?: readonly number[]; readonly lacks?: readonly number[] };
}

/** The row counts only in a text with (or without) some markers. */
export const TEXT_CONTEXT = 1;
/** The row counts only on a line with (or without) some markers. */
export const LINE_CONTEXT = 2;
/** The row counts only in a text with some markers: its own (`textHas`), or its lines' (`lineHas`). */
export const TEXT_GATE = 4;

const contextBits = (pattern: Pattern): number =>
  (pattern.textHas || pattern.textLacks ? TEXT_CONTEXT : 0) |
  (pattern.lineHas || pattern.lineLacks ? LINE_CONTEXT : 0) |
  (pattern.textHas || pattern.textLacks || pattern.lineHas ? TEXT_GATE : 0);

/** The index's markers as the line matcher reads them: by word, and a row's lists by number (made on first use). */
const markerLookup = ({ markers, markerWords }: TableIndex): Pick<Engine, 'markers' | 'markersOfWord' | 'lineMarkersOf'> => {
  let idOf: Map<string, number> | undefined;
  const ids = (list: readonly string[] | undefined) => list?.map((marker) => (idOf ??= new Map(markers.map((m, id) => [m, id]))).get(marker)!);
  const markersOfWord: number[][] = [];
  markerWords.forEach((word, id) => (markersOfWord[word] ??= []).push(id));
  const lists: ({ readonly has?: readonly number[]; readonly lacks?: readonly number[] } | undefined)[] = [];
  return { markers, markersOfWord, lineMarkersOf: (row) => (lists[row] ??= { has: ids(patterns[row].lineHas), lacks: ids(patterns[row].lineLacks) }) };
};

const build = (): Engine => {
  const rows = tableRows();
  // The index `npm run compile:diagnose` wrote, unless the table has changed size since (a unit test
  // and the build also check that it is the table's): then it is worked out again here.
  const index = compiledIndex.rows === rows.length ? compiledIndex : indexTable();
  const matchers: (Matcher | undefined)[] = new Array(rows.length);
  return {
    patterns,
    matcherCount: rows.length,
    matcherOf: (row) => (matchers[row] ??= rowMatcher(rows[row])),
    index: automatonIndex(index),
    signStatuses: statusSigns.map((s) => s.status),
    signNumbered: statusSigns.map((s) => !s.prose && /[0-9]/.test(typeof s.match === 'string' ? s.match : s.match.source)),
    contextOf: Uint8Array.from({ length: rows.length }, (_, row) => (row < patterns.length ? contextBits(patterns[row]) : 0)),
    ...markerLookup(index),
  };
};

let engine: Engine | undefined;

/** The compiled table, built on first use (a few milliseconds) and kept. */
export const getEngine = (): Engine => (engine ??= build());
