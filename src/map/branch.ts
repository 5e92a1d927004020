import { indexSteps } from '@/engine/graph';
import type { Flow, Journey, Step, StepKind } from '@/engine/types';
import type { MapPosition } from '@/map/position';

/** One answer of a step on the branch, and the step it leads to. */
export interface BranchAnswer {
  readonly answerId: string;
  readonly next: string;
  readonly nextKind: StepKind;
  /** The answers a link along this answer carries: the step's own journey and this answer. */
  readonly journey: Journey;
}

/** A step on the branch: its answers, and the answers given before it (for a link that keeps them). */
export interface BranchStep {
  readonly stepId: string;
  readonly kind: StepKind;
  readonly journey: Journey;
  readonly answers: readonly BranchAnswer[];
}

/** A step the visitor has passed: `taken` is the answer they gave there; the rest of `answers` are its siblings. */
export interface PassedStep extends BranchStep {
  readonly taken: string;
}

/** The part of the map around one step: the way there, the step, and where each of its answers leads. */
export interface MapBranch {
  readonly passed: readonly PassedStep[];
  readonly here: BranchStep;
  /** Whether `here` is where the visitor is, rather than the start shown to someone who came from no step. */
  readonly marked: boolean;
}

// An answer that leads to no step is left out, as in the diagram: validation reports it.
const branchStep = (byId: ReadonlyMap<string, Step>, step: Step, journey: Journey): BranchStep => ({
  stepId: step.id,
  kind: step.kind,
  journey,
  answers:
    step.kind === 'outcome'
      ? []
      : step.answers.flatMap((answer) => {
          const next = byId.get(answer.next);
          return next ? [{ answerId: answer.id, next: next.id, nextKind: next.kind, journey: [...journey, { stepId: step.id, answerId: answer.id }] }] : [];
        }),
});

/**
 * The branch to draw first: the visitor's answers so far and the step they are on, or the start when
 * there is no position. `position.journey` has already been replayed through the flow (mapPosition).
 * Undefined only for a flow whose start is missing, which validation reports.
 */
export const mapBranch = (flow: Flow, position?: MapPosition): MapBranch | undefined => {
  const byId = indexSteps(flow);
  const hereStep = byId.get(position?.current ?? flow.start);
  if (!hereStep) return undefined;
  const journey = position?.journey ?? [];
  const passed = journey.flatMap((choice, i): PassedStep[] => {
    const step = byId.get(choice.stepId);
    return step ? [{ ...branchStep(byId, step, journey.slice(0, i)), taken: choice.answerId }] : [];
  });
  return { passed, here: branchStep(byId, hereStep, journey), marked: position !== undefined };
};
