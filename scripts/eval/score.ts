/**
 * Scoring of diagnose() against the labelled corpus in bench/diagnose-corpus/: the split, what counts
 * as right, and the figures. Pure: entries and predictions in, figures out (scripts/eval-diagnose.ts
 * reads the files and times the calls).
 */

/** One labelled text of the corpus, as committed. */
export interface CorpusEntry {
  readonly id: string;
  /** The public page the text was taken from. */
  readonly source: string;
  readonly text: string;
  /** A component id, or `unknown:<product>` for a product the classifier has no component for. */
  readonly component: string;
  /** The status the client got. */
  readonly status: number;
  readonly cause: string;
  readonly why: string;
}

/** What diagnose() said about one text: its top finding, or nothing. */
export interface Prediction {
  readonly component?: string;
  readonly status?: number;
  readonly cause?: string;
}

export type Split = 'train' | 'test';

/**
 * The component of the finding that says "a gateway made this error page, but not one Gateway Doctor
 * knows". It is the right answer for a label `unknown:<product>`: naming the wrong product is worse than
 * saying it is unknown, and silence is wrong.
 */
export const UNKNOWN_COMPONENT = 'unknown';

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export const fnv1a32 = (text: string): number => {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
};

/** The split is fixed by the id alone: a fifth of the ids (hash mod 5 = 0) are held out as the test split. */
export const splitOf = (id: string): Split => (fnv1a32(id) % 5 === 0 ? 'test' : 'train');

/** Cloudflare's 52x statuses, whose cause is scored like a 502's. */
export const is52x = (status: number): boolean => status >= 520 && status <= 527;

/** Whether the predicted component is right; `unknown:<product>` accepts `<product>` or the unknown finding. */
export const componentRight = (label: string, predicted: string | undefined): boolean => {
  if (predicted === undefined) return false;
  if (!label.startsWith('unknown:')) return predicted === label;
  return predicted === UNKNOWN_COMPONENT || predicted === label.slice('unknown:'.length);
};

/** How one entry scored. `cause` is only set for 502s and 52x; `false502` only for the others. */
export interface Outcome {
  readonly id: string;
  readonly split: Split;
  readonly component: boolean;
  readonly status: boolean;
  readonly cause?: boolean;
  readonly false502?: boolean;
  /** diagnose() said nothing at all. */
  readonly silent: boolean;
}

/** Scores one entry against the top finding. */
export const scoreEntry = (entry: CorpusEntry, predicted: Prediction): Outcome => {
  const causeScored = entry.status === 502 || is52x(entry.status);
  return {
    id: entry.id,
    split: splitOf(entry.id),
    component: componentRight(entry.component, predicted.component),
    status: predicted.status === entry.status,
    silent: predicted.component === undefined,
    ...(causeScored ? { cause: predicted.cause === entry.cause } : { false502: predicted.status === 502 }),
  };
};

/** A share in per cent, one decimal; null when there is nothing to count. */
const percent = (hits: number, total: number): number | null => (total === 0 ? null : Math.round((hits / total) * 1000) / 10);

/** The figures of one split (or of all). Per cents; `false502Pct` is the share of non-502s called 502. */
export interface Figures {
  readonly texts: number;
  readonly componentPct: number | null;
  readonly statusPct: number | null;
  readonly causeOf502Pct: number | null;
  readonly causeOf52xPct: number | null;
  readonly false502Pct: number | null;
  /** Texts with no finding at all. */
  readonly silentPct: number | null;
  readonly counts: { readonly with502: number; readonly with52x: number; readonly not502: number };
}

/** Component, status and cause accuracy and the false-502 share of a list of outcomes. */
export const figuresOf = (outcomes: readonly Outcome[], entries: ReadonlyMap<string, CorpusEntry>): Figures => {
  const statusOf = (o: Outcome) => entries.get(o.id)?.status ?? 0;
  const of502 = outcomes.filter((o) => statusOf(o) === 502);
  const of52x = outcomes.filter((o) => is52x(statusOf(o)));
  const not502 = outcomes.filter((o) => o.false502 !== undefined);
  const count = (list: readonly Outcome[], right: (o: Outcome) => boolean | undefined) => list.filter((o) => right(o) === true).length;
  return {
    texts: outcomes.length,
    componentPct: percent(count(outcomes, (o) => o.component), outcomes.length),
    statusPct: percent(count(outcomes, (o) => o.status), outcomes.length),
    causeOf502Pct: percent(count(of502, (o) => o.cause), of502.length),
    causeOf52xPct: percent(count(of52x, (o) => o.cause), of52x.length),
    false502Pct: percent(count(not502, (o) => o.false502), not502.length),
    silentPct: percent(count(outcomes, (o) => o.silent), outcomes.length),
    counts: { with502: of502.length, with52x: of52x.length, not502: not502.length },
  };
};

/** Counts of (expected cause → predicted cause) over the entries whose cause is scored. */
export const causeConfusion = (pairs: readonly { readonly expected: string; readonly got: string }[]): Record<string, Record<string, number>> => {
  const table: Record<string, Record<string, number>> = {};
  for (const { expected, got } of pairs) {
    const row = (table[expected] ??= {});
    row[got] = (row[got] ?? 0) + 1;
  }
  return table;
};

/** A label or a prediction as one short string: component status cause. */
export const describe = (p: Prediction): string => (p.component === undefined ? '(nothing)' : `${p.component} ${p.status} ${p.cause}`);
