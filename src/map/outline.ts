import { indexSteps } from '@/engine/graph';
import type { Flow, Step } from '@/engine/types';

/** A step in the outline: shown in full the first time it is reached, as a reference after that. */
export type OutlineEntry =
  | { readonly type: 'step'; readonly step: Step; readonly answers: readonly OutlineAnswer[] }
  | { readonly type: 'seen'; readonly stepId: string };

/** One answer of a step and what it leads to. */
export interface OutlineAnswer {
  readonly answerId: string;
  readonly next: OutlineEntry;
}

/**
 * The flow as a tree from its start, depth first in answer order. A step reached again (many paths
 * share their last steps) is a `seen` reference to its first, earlier, appearance, so the tree is
 * finite and no larger than the flow. Answers that lead to a missing step are left out.
 */
export const flowOutline = (flow: Flow): OutlineEntry | undefined => {
  const byId = indexSteps(flow);
  const expanded = new Set<string>();
  const visit = (step: Step): OutlineEntry => {
    if (expanded.has(step.id)) return { type: 'seen', stepId: step.id };
    expanded.add(step.id);
    const answers = step.kind === 'outcome' ? [] : step.answers;
    return {
      type: 'step',
      step,
      answers: answers.flatMap((answer) => {
        const next = byId.get(answer.next);
        return next ? [{ answerId: answer.id, next: visit(next) }] : [];
      }),
    };
  };
  const start = byId.get(flow.start);
  return start ? visit(start) : undefined;
};
