import type { AdviceStep, Answer, Flow, OutcomeStep, QuestionStep, Step } from '@/engine/types';

const toAnswers = (targets: Readonly<Record<string, string>>): Answer[] =>
  Object.entries(targets).map(([id, next]) => ({ id, next }));

/** Declares a question; `targets` maps each answer id to the step it leads to, in display order. */
export const question = (id: string, targets: Readonly<Record<string, string>>): QuestionStep => ({
  kind: 'question',
  id,
  answers: toAnswers(targets),
});

/**
 * Declares advice ending in "Did this fix it?": where "yes" and "no" lead, and any answer of the
 * advice's own after them (for someone who cannot try it), which its content must label.
 */
export const advice = (id: string, targets: { fixed: string; notFixed: string }, more: Readonly<Record<string, string>> = {}): AdviceStep => ({
  kind: 'advice',
  id,
  answers: [{ id: 'fixed', next: targets.fixed }, { id: 'not-fixed', next: targets.notFixed }, ...toAnswers(more)],
});

/** Declares an outcome; a resolved one means the visitor's problem is gone. */
export const outcome = (id: string, options: { resolved: boolean }): OutcomeStep => ({
  kind: 'outcome',
  id,
  resolved: options.resolved,
});

/** Bundles steps into a flow that starts at `start`. */
export const defineFlow = (id: string, start: string, steps: readonly Step[]): Flow => ({ id, start, steps });
