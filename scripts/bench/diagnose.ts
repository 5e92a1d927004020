// The classifier's time on 1 MB of mixed log lines and on each adversarial input (median of 9 runs).
import { diagnose } from '@/diagnose/index';
import { adversarialInputs, mixedLogText } from '@/diagnose/stress-inputs';
import { medianAndP90, type Figure, type SectionResult } from './figures';

/** Runs `work` once to warm up, then `runs` times; returns the median time in milliseconds and the last result. */
const measure = <T>(work: () => T, runs = 9): { medianMs: number; result: T } => {
  let result = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  return { medianMs: medianAndP90(times).median, result };
};

/** The diagnose section: one figure per input. */
export const diagnoseSection = (): SectionResult => {
  const figure = (input: string, text: string, budgetKey: string): Figure => {
    const { medianMs, result } = measure(() => diagnose(text));
    const detail = `median of 9; ${text.length.toLocaleString('en-US')} chars, ${result.findings.length} findings`;
    return { section: 'diagnose', name: input, value: medianMs, unit: 'ms', budgetKey, detail };
  };
  return {
    figures: [
      figure('1 MB of mixed log lines', mixedLogText(), 'diagnoseMixed1MbMs'),
      ...adversarialInputs.map(([name, make]) => figure(name, make(), 'diagnoseAdversarial1MbMs')),
    ],
    problems: [],
  };
};
