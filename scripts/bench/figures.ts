// The shape every bench section reports in, and the budget check. A figure names the key of its budget
// in bench/budgets.json; a figure whose key is missing there is reported without a budget.
import { readFileSync } from 'node:fs';

export type Unit = 'ms' | 'bytes' | 'score' | 'ratio';

export interface Figure {
  readonly section: string;
  readonly name: string;
  readonly value: number;
  readonly unit: Unit;
  /** The key in bench/budgets.json; its number is a ceiling, or a floor when `atLeast` is set. */
  readonly budgetKey?: string;
  readonly atLeast?: boolean;
  readonly detail?: string;
}

/** What a section measured, and anything that kept it from measuring (reported as a failure). */
export interface SectionResult {
  readonly figures: Figure[];
  readonly problems: string[];
}

export type Budgets = Readonly<Record<string, number>>;

/** Reads bench/budgets.json. */
export const readBudgets = (): Budgets =>
  JSON.parse(readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8')) as Budgets;

/** The figure's budget, if budgets.json has one for it. */
export const budgetOf = (figure: Figure, budgets: Budgets): number | undefined =>
  figure.budgetKey === undefined ? undefined : budgets[figure.budgetKey];

/** True when the figure is on the wrong side of its budget. */
export const isOverBudget = (figure: Figure, budgets: Budgets): boolean => {
  const budget = budgetOf(figure, budgets);
  if (budget === undefined) return false;
  return figure.atLeast ? figure.value < budget : figure.value > budget;
};

const formatNumber = (value: number, unit: Unit): string => {
  if (unit === 'ms') return `${Number.isInteger(value) ? value : value.toFixed(1)} ms`;
  if (unit === 'bytes') return `${Math.round(value).toLocaleString('en-US')} B`;
  if (unit === 'ratio') return `${value.toFixed(2)}x`;
  return String(Math.round(value));
};

/** The figures as an aligned text table, one line a figure, budget and "over" status included. */
export const formatTable = (figures: readonly Figure[], budgets: Budgets): string => {
  const rows = [
    ['section', 'figure', 'value', 'budget', 'status', 'detail'],
    ...figures.map((figure) => {
      const budget = budgetOf(figure, budgets);
      const budgetText = budget === undefined ? '-' : `${figure.atLeast ? '>=' : '<='} ${formatNumber(budget, figure.unit)}`;
      const status = budget === undefined ? '' : isOverBudget(figure, budgets) ? 'OVER' : 'ok';
      return [figure.section, figure.name, formatNumber(figure.value, figure.unit), budgetText, status, figure.detail ?? ''];
    }),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
  const rightAligned = new Set([2, 3]);
  return rows
    .map((cells) => cells.map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd())
    .join('\n');
};

/** The median and 90th percentile of a list of numbers (nearest rank for p90). */
export const medianAndP90 = (values: readonly number[]): { median: number; p90: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, p90: sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)] };
};

const startedAt = performance.now();

/** A progress line on stderr, so stdout stays the table (or the JSON). */
export const progress = (message: string): void => {
  console.error(`[bench ${((performance.now() - startedAt) / 1000).toFixed(1).padStart(5)} s] ${message}`);
};
