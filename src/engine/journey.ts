import { indexSteps } from '@/engine/graph';
import { fail, ok, type Choice, type Flow, type Journey, type Result, type Step } from '@/engine/types';

/**
 * The steps a journey passes through, ending with the step the visitor is on now. A journey begins at
 * the flow's start, or at whichever step its first answer was given: a link from an error page opens
 * the wizard part-way, and the answers from there on are a journey too.
 */
export const replay = (flow: Flow, journey: Journey): Result<readonly Step[]> => {
  const byId = indexSteps(flow);
  const startId = journey.length > 0 ? journey[0].stepId : flow.start;
  const first = byId.get(startId);
  if (!first) return fail('unknown-step', `The journey's first step "${startId}" does not exist.`);
  const visited: Step[] = [first];
  for (const choice of journey) {
    const here = visited[visited.length - 1];
    if (choice.stepId !== here.id) {
      return fail('not-current-step', `An answer was given at "${choice.stepId}" but the journey is at "${here.id}".`);
    }
    const moved = nextStep(flow, here, choice);
    if (!moved.ok) return moved;
    visited.push(moved.value);
  }
  return ok(visited);
};

/**
 * Where a choice leads from `step`. A link may lead to any other step: which steps a page's text links
 * to is known only to its own chunk, and a forged link choice can claim no more than that the person
 * came from that page (the answers after it are checked as always).
 */
const nextStep = (flow: Flow, step: Step, choice: Choice): Result<Step> => {
  const answerId = choice.answerId;
  if (choice.link) {
    const target = indexSteps(flow).get(answerId);
    if (!target || target.id === step.id) return fail('unknown-step', `"${step.id}" has no link to "${answerId}".`);
    return ok(target);
  }
  if (step.kind === 'outcome') return fail('step-has-no-answers', `"${step.id}" is an outcome and takes no answer.`);
  const answer = step.answers.find((a) => a.id === answerId);
  if (!answer) return fail('unknown-answer', `"${answerId}" is not an answer of "${step.id}".`);
  const next = indexSteps(flow).get(answer.next);
  if (!next) return fail('unknown-step', `"${step.id}" leads to "${answer.next}", which does not exist.`);
  return ok(next);
};

/** The step a journey has reached. */
export const currentStep = (flow: Flow, journey: Journey): Result<Step> => {
  const steps = replay(flow, journey);
  return steps.ok ? ok(steps.value[steps.value.length - 1]) : steps;
};

/** Answers the current step: the longer journey, or an error value when the answer does not apply. */
export const answer = (flow: Flow, journey: Journey, choice: Choice): Result<Journey> => {
  const here = currentStep(flow, journey);
  if (!here.ok) return here;
  if (here.value.id !== choice.stepId) {
    return fail('not-current-step', `The journey is at "${here.value.id}", not "${choice.stepId}".`);
  }
  const moved = nextStep(flow, here.value, choice);
  return moved.ok ? ok([...journey, choice]) : moved;
};

/** Goes back one step: the journey without its last answer (the start stays the start). */
export const back = (journey: Journey): Journey => journey.slice(0, -1);

/** Starts again from the first step. */
export const restart = (): Journey => [];

/** The journey as it was when the visitor stood at `stepId`, for a "Change" link; an error if never there. */
export const upTo = (journey: Journey, stepId: string): Result<Journey> => {
  const index = journey.findIndex((c) => c.stepId === stepId);
  return index < 0 ? fail('unknown-step', `The journey never passed "${stepId}".`) : ok(journey.slice(0, index));
};

/**
 * Changes the answer given at `stepId` and keeps every later answer that still applies: after the change,
 * each step the new route passes through reuses the answer the visitor gave there before, if any.
 */
export const changeAnswer = (flow: Flow, journey: Journey, choice: Choice): Result<Journey> => {
  const before = upTo(journey, choice.stepId);
  if (!before.ok) return before;
  const earlier = new Map(journey.map((c) => [c.stepId, c]));
  let rebuilt = answer(flow, before.value, choice);
  while (rebuilt.ok) {
    const here = currentStep(flow, rebuilt.value);
    const reused = here.ok ? earlier.get(here.value.id) : undefined;
    if (!here.ok || reused === undefined || rebuilt.value.some((c) => c.stepId === here.value.id)) break;
    const next = answer(flow, rebuilt.value, reused);
    if (!next.ok) break;
    rebuilt = next;
  }
  return rebuilt;
};
