import { describe, expect, it } from 'vitest';
import { reachableIds } from '@/engine/graph';
import { testFlow } from '@/engine/test-flow';
import { flow } from '@/flows/current';
import { flowOutline, type OutlineEntry } from '@/map/outline';

/** The outline in document order: each entry as "step id" or "(seen) step id". */
const walk = (entry: OutlineEntry | undefined): string[] => {
  if (!entry) return [];
  if (entry.type === 'seen') return [`(seen) ${entry.stepId}`];
  return [entry.step.id, ...entry.answers.flatMap((a) => walk(a.next))];
};

describe('flowOutline', () => {
  it('expands the small flow depth first and refers back to a step reached twice', () => {
    expect(walk(flowOutline(testFlow))).toEqual(['who', 'reload', 'fixed', 'logs', 'refused', 'escalate', '(seen) logs']);
  });

  it('shows every reachable step of the 502 flow in full exactly once', () => {
    const expanded = walk(flowOutline(flow)).filter((line) => !line.startsWith('(seen)'));
    expect(expanded).toHaveLength(new Set(expanded).size);
    expect(new Set(expanded)).toEqual(reachableIds(flow));
  });

  it('refers back only to steps already shown above', () => {
    const lines = walk(flowOutline(flow));
    for (const [i, line] of lines.entries()) {
      if (line.startsWith('(seen) ')) expect(lines.slice(0, i)).toContain(line.slice('(seen) '.length));
    }
  });

  it('lists every answer of each step it expands, in the flow\'s order', () => {
    const check = (entry: OutlineEntry): void => {
      if (entry.type === 'seen') return;
      const ids = entry.step.kind === 'outcome' ? [] : entry.step.answers.map((a) => a.id);
      expect(entry.answers.map((a) => a.answerId)).toEqual(ids);
      entry.answers.forEach((a) => check(a.next));
    };
    const outline = flowOutline(flow);
    expect(outline).toBeDefined();
    if (outline) check(outline);
  });
});
