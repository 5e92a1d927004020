/**
 * `npm run bench`: times the parts of the site that must stay fast on any input, prints a table, and
 * exits non-zero when a median goes over its budget in bench/budgets.json. Each section returns rows;
 * add a section for anything else that needs a budget.
 */
import { readFileSync } from 'node:fs';
import { diagnose } from '@/diagnose/index';
import { adversarialInputs, mixedLogText } from '@/diagnose/stress-inputs';

interface Row {
  readonly section: string;
  readonly input: string;
  readonly chars: number;
  readonly medianMs: number;
  readonly result: string;
  readonly budgetMs?: number;
}

const budgets = JSON.parse(readFileSync(new URL('../bench/budgets.json', import.meta.url), 'utf8')) as Record<string, number>;

/** Runs `work` once to warm up, then `runs` times; returns the median time in milliseconds and the last result. */
const measure = <T>(work: () => T, runs = 9): { medianMs: number; result: T } => {
  let result = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(runs / 2)], result };
};

const diagnoseSection = (): Row[] => {
  const row = (input: string, text: string, budgetMs: number): Row => {
    const { medianMs, result } = measure(() => diagnose(text));
    return { section: 'diagnose', input, chars: text.length, medianMs, result: `${result.findings.length} findings`, budgetMs };
  };
  return [
    row('1 MB of mixed log lines', mixedLogText(), budgets.diagnoseMixed1MbMs),
    ...adversarialInputs.map(([name, make]) => row(name, make(), budgets.diagnoseAdversarial1MbMs)),
  ];
};

const sections: readonly (() => Row[])[] = [diagnoseSection];

const rows = sections.flatMap((section) => section());
const over = rows.filter((r) => r.budgetMs !== undefined && r.medianMs > r.budgetMs);

const table = [
  ['section', 'input', 'chars', 'median ms', 'budget ms', 'result'],
  ...rows.map((r) => [r.section, r.input, String(r.chars), r.medianMs.toFixed(1), r.budgetMs === undefined ? '-' : String(r.budgetMs), r.result]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((cells) => cells[column].length)));
for (const cells of table) console.log(cells.map((cell, column) => (column === 2 || column === 3 || column === 4 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  '));

if (over.length > 0) {
  console.error(`\nOver budget: ${over.map((r) => `${r.section} / ${r.input} (${r.medianMs.toFixed(1)} ms > ${r.budgetMs} ms)`).join('; ')}`);
  process.exit(1);
}
