import { indexMatchers, toMatcher, type Index, type Matcher } from '@/diagnose/compile';
import { patterns, statusSigns } from '@/diagnose/patterns';
import type { Pattern } from '@/diagnose/types';

/** The table, compiled: one matcher per pattern, then one per status sign, all in one automaton. */
export interface Engine {
  readonly patterns: readonly Pattern[];
  readonly matchers: readonly Matcher[];
  readonly index: Index;
  /** The fixed status of each status sign, in matcher order after the patterns. */
  readonly signStatuses: readonly number[];
}

const build = (): Engine => {
  const matchers = [
    ...patterns.map((p) => toMatcher(p.match, p.ignoreCase)),
    ...statusSigns.map((s) => toMatcher(s.match, s.ignoreCase)),
  ];
  return { patterns, matchers, index: indexMatchers(matchers), signStatuses: statusSigns.map((s) => s.status) };
};

let engine: Engine | undefined;

/** The compiled table, built on first use (a few milliseconds) and kept. */
export const getEngine = (): Engine => (engine ??= build());
