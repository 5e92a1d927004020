/** The three kinds of step a flow is made of. */
export type StepKind = 'question' | 'advice' | 'outcome';

/** One way on from a step: the answer's id (its label lives in the content) and the step it leads to. */
export interface Answer {
  readonly id: string;
  readonly next: string;
}

/** A question: the visitor picks one of its answers. */
export interface QuestionStep {
  readonly kind: 'question';
  readonly id: string;
  readonly answers: readonly Answer[];
}

/** Advice to try, ending in "Did this fix it?": its answers are `fixed` and `not-fixed`, then any of its own. */
export interface AdviceStep {
  readonly kind: 'advice';
  readonly id: string;
  readonly answers: readonly Answer[];
}

/** The end of a path. `resolved` says whether the visitor's problem is gone when they get here. */
export interface OutcomeStep {
  readonly kind: 'outcome';
  readonly id: string;
  readonly resolved: boolean;
}

export type Step = QuestionStep | AdviceStep | OutcomeStep;

/** A decision tree: steps in declaration order (duplicates kept, so validation can see them) and the first step. */
export interface Flow {
  readonly id: string;
  readonly start: string;
  readonly steps: readonly Step[];
}

/**
 * One answer given: at which step, which answer. A link followed in a step's text instead of an answer
 * is a choice too (`link`), whose `answerId` is the step the link opened: the journey goes on from there.
 */
export interface Choice {
  readonly stepId: string;
  readonly answerId: string;
  readonly link?: true;
}

/** The answers given so far, in order. The current step is derived from them, never stored. */
export type Journey = readonly Choice[];

/** A failure the engine reports as a value instead of throwing. */
export interface EngineError {
  readonly code: 'unknown-step' | 'unknown-answer' | 'not-current-step' | 'step-has-no-answers' | 'malformed';
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps an error as a failed result. */
export const fail = <T = never>(code: EngineError['code'], message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});
