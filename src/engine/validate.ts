import { indexSteps, reachableIds, targetsOf } from '@/engine/graph';
import type { Flow } from '@/engine/types';

/** What the content says about one step, as far as validation cares: the answer ids it has words for. */
export interface StepContentIndex {
  readonly [stepId: string]: { readonly answerIds: readonly string[] } | undefined;
}

/** One problem found in a flow, naming the step it is about. */
export interface FlowProblem {
  readonly stepId: string;
  readonly code:
    | 'duplicate-id'
    | 'unknown-start'
    | 'unknown-target'
    | 'unreachable'
    | 'dead-end'
    | 'too-many-answers'
    | 'no-way-to-an-outcome'
    | 'missing-content'
    | 'missing-label'
    | 'unused-label'
    | 'orphan-content';
  readonly message: string;
}

/** More answers than this and a question is hard to scan: group them behind a question of their own. */
export const MAX_ANSWERS = 7;

const graphProblems = (flow: Flow): FlowProblem[] => {
  const problems: FlowProblem[] = [];
  const byId = indexSteps(flow);
  const seen = new Set<string>();
  for (const step of flow.steps) {
    if (seen.has(step.id)) problems.push({ stepId: step.id, code: 'duplicate-id', message: `"${step.id}" is declared more than once.` });
    seen.add(step.id);
    if (step.kind !== 'outcome' && step.answers.length === 0) {
      problems.push({ stepId: step.id, code: 'dead-end', message: `"${step.id}" has no answers and is not an outcome.` });
    }
    if (step.kind !== 'outcome' && step.answers.length > MAX_ANSWERS) {
      problems.push({
        stepId: step.id,
        code: 'too-many-answers',
        message: `"${step.id}" offers ${step.answers.length} answers; at most ${MAX_ANSWERS} keep a page easy to scan.`,
      });
    }
    for (const target of targetsOf(step)) {
      if (!byId.has(target)) {
        problems.push({ stepId: step.id, code: 'unknown-target', message: `"${step.id}" leads to "${target}", which is not a step.` });
      }
    }
  }
  if (!byId.has(flow.start)) {
    problems.push({ stepId: flow.start, code: 'unknown-start', message: `The start step "${flow.start}" is not a step.` });
  }
  const reachable = reachableIds(flow);
  for (const id of byId.keys()) {
    if (!reachable.has(id)) problems.push({ stepId: id, code: 'unreachable', message: `No answer leads to "${id}".` });
  }
  return problems;
};

/** Steps from which no outcome can be reached (a loop with no exit), found by walking the graph backwards. */
const trappedSteps = (flow: Flow): string[] => {
  const byId = indexSteps(flow);
  const canFinish = new Set([...byId.values()].filter((s) => s.kind === 'outcome').map((s) => s.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const step of byId.values()) {
      if (!canFinish.has(step.id) && targetsOf(step).some((t) => canFinish.has(t))) {
        canFinish.add(step.id);
        grew = true;
      }
    }
  }
  return [...byId.values()].filter((s) => s.kind !== 'outcome' && s.answers.length > 0 && !canFinish.has(s.id)).map((s) => s.id);
};

const contentProblems = (flow: Flow, content: StepContentIndex): FlowProblem[] => {
  const problems: FlowProblem[] = [];
  const byId = indexSteps(flow);
  for (const step of byId.values()) {
    const text = content[step.id];
    if (!text) {
      problems.push({ stepId: step.id, code: 'missing-content', message: `"${step.id}" has no content file.` });
      continue;
    }
    const flowAnswers = step.kind === 'outcome' ? [] : step.answers.map((a) => a.id);
    // Advice gets "Did this fix it?" labels from the shared UI strings; every other answer needs the step's own.
    if (step.kind !== 'outcome') {
      const shared = step.kind === 'advice' ? ['fixed', 'not-fixed'] : [];
      for (const id of flowAnswers.filter((a) => !text.answerIds.includes(a) && !shared.includes(a))) {
        problems.push({ stepId: step.id, code: 'missing-label', message: `"${step.id}" has no label for its answer "${id}".` });
      }
    }
    for (const id of text.answerIds.filter((a) => !flowAnswers.includes(a))) {
      problems.push({ stepId: step.id, code: 'unused-label', message: `"${step.id}" labels an answer "${id}" that the flow does not have.` });
    }
  }
  for (const id of Object.keys(content).filter((k) => !byId.has(k))) {
    problems.push({ stepId: id, code: 'orphan-content', message: `There is content for "${id}" but no such step in the flow.` });
  }
  return problems;
};

/**
 * Checks a flow (and, when given, its content) for everything that would strand or confuse a visitor:
 * duplicate ids, unknown targets, unreachable steps, dead ends, loops with no exit, too many answers on one
 * page, and answers with no words.
 */
export const validateFlow = (flow: Flow, content?: StepContentIndex): FlowProblem[] => [
  ...graphProblems(flow),
  ...trappedSteps(flow).map((stepId): FlowProblem => ({
    stepId,
    code: 'no-way-to-an-outcome',
    message: `No outcome can be reached from "${stepId}".`,
  })),
  ...(content ? contentProblems(flow, content) : []),
];
