// The classifier scored on the real-world corpus (scripts/eval-diagnose.ts), run in a child process so
// that its first call is a fresh module's, as on a page that has just loaded. Held to the goal:
// the figures of the whole corpus; the train and test splits are shown beside them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figures } from '../eval/score';
import type { Figure, SectionResult } from './figures';

interface EvalReport {
  readonly figures: { readonly all: Figures; readonly train: Figures; readonly test: Figures };
  readonly firstCallMs: number;
  readonly slowestTextMs: number;
  readonly slowestWarmTextMs: number;
}

type Share = 'componentPct' | 'statusPct' | 'causeOf502Pct' | 'false502Pct';

/** The diagnose-corpus section: accuracy per kind of text, and the slowest text including the first call. */
export const diagnoseCorpusSection = (): SectionResult => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'eval-diagnose.ts'), '--quiet'], { encoding: 'utf8' });
  if (run.status !== 0) return { figures: [], problems: [`diagnose-corpus: eval-diagnose failed: ${(run.stderr || run.stdout).split('\n')[0]}`] };
  const report = JSON.parse(readFileSync(join(process.cwd(), 'bench', 'diagnose-eval.json'), 'utf8')) as EvalReport;
  const { all, train, test } = report.figures;
  const share = (name: string, key: Share, budgetKey: string, atLeast: boolean): Figure => ({
    section: 'diagnose-corpus',
    name,
    value: all[key] ?? 0,
    unit: 'score',
    budgetKey,
    atLeast,
    detail: `% of ${all.texts} texts; train ${train[key] ?? '-'}, test ${test[key] ?? '-'}`,
  });
  return {
    figures: [
      share('component right (%)', 'componentPct', 'diagnoseCorpusMinComponentPct', true),
      share('status right (%)', 'statusPct', 'diagnoseCorpusMinStatusPct', true),
      share('cause right, of 502s (%)', 'causeOf502Pct', 'diagnoseCorpusMinCauseOf502Pct', true),
      share('non-502s called 502 (%)', 'false502Pct', 'diagnoseCorpusMaxFalse502Pct', false),
      {
        section: 'diagnose-corpus',
        name: 'slowest text, first call included',
        value: report.slowestTextMs,
        unit: 'ms',
        budgetKey: 'diagnoseCorpusSlowestTextMs',
        detail: `wall ms on its first reading, best of 3 fresh processes; first call ${report.firstCallMs} ms, slowest warm text ${report.slowestWarmTextMs} ms`,
      },
    ],
    problems: [],
  };
};
