import type { Flow, Step } from '@/engine/types';

const indexes = new WeakMap<readonly Step[], ReadonlyMap<string, Step>>();

/**
 * Indexes a flow's steps by id; with duplicate ids the first declaration wins (validation reports the
 * rest). Built once per list of steps: replaying a journey asks for it at every answer of every render.
 */
export const indexSteps = (flow: Flow): ReadonlyMap<string, Step> => {
  const known = indexes.get(flow.steps);
  if (known) return known;
  const byId = new Map<string, Step>();
  for (const step of flow.steps) if (!byId.has(step.id)) byId.set(step.id, step);
  indexes.set(flow.steps, byId);
  return byId;
};

/** The ids a step leads to, in answer order. */
export const targetsOf = (step: Step): string[] => (step.kind === 'outcome' ? [] : step.answers.map((a) => a.next));

/**
 * For every reachable step, the step before it on a shortest path from the start: a sensible back link
 * for someone who arrived by a shared link with no answers in it. Where several steps at that distance
 * lead to it, the one that most steps lead to wins (a shared question such as the generic log question,
 * rather than one product's page); then the first in answer order.
 */
export const shortestParents = (flow: Flow): ReadonlyMap<string, string> => {
  const byId = indexSteps(flow);
  const inbound = new Map<string, number>();
  for (const step of byId.values()) for (const next of new Set(targetsOf(step))) inbound.set(next, (inbound.get(next) ?? 0) + 1);
  const depth = new Map<string, number>([[flow.start, 0]]);
  const parents = new Map<string, string>();
  for (let layer = [flow.start]; layer.length > 0; ) {
    const nextLayer: string[] = [];
    for (const id of layer) {
      const step = byId.get(id);
      if (!step) continue;
      const here = depth.get(id) ?? 0;
      for (const next of targetsOf(step)) {
        const known = depth.get(next);
        if (known === undefined) {
          depth.set(next, here + 1);
          parents.set(next, id);
          nextLayer.push(next);
        } else if (known === here + 1 && (inbound.get(id) ?? 0) > (inbound.get(parents.get(next) ?? '') ?? 0)) {
          parents.set(next, id);
        }
      }
    }
    layer = nextLayer;
  }
  return parents;
};

/** Every step id reachable from the start, the start included. */
export const reachableIds = (flow: Flow): ReadonlySet<string> =>
  new Set([flow.start, ...shortestParents(flow).keys()]);

/** One root-to-outcome path: each step visited and the answer taken there. */
export type FlowPath = ReadonlyArray<{ readonly stepId: string; readonly answerId?: string }>;

/** Every simple path from the start to an outcome (a step is never visited twice on one path). */
export const allPaths = (flow: Flow): FlowPath[] => {
  const byId = indexSteps(flow);
  const paths: FlowPath[] = [];
  const walk = (id: string, trail: FlowPath, visited: ReadonlySet<string>): void => {
    const step = byId.get(id);
    if (!step) return;
    if (step.kind === 'outcome') {
      paths.push([...trail, { stepId: id }]);
      return;
    }
    for (const answer of step.answers) {
      if (visited.has(answer.next)) continue;
      walk(answer.next, [...trail, { stepId: id, answerId: answer.id }], new Set([...visited, answer.next]));
    }
  };
  walk(flow.start, [], new Set([flow.start]));
  return paths;
};

/** The size of a flow as a visitor feels it: how many steps, outcomes and paths, and how many answers a path takes. */
export interface FlowStats {
  readonly steps: number;
  readonly outcomes: number;
  readonly paths: number;
  readonly longestPath: number;
  readonly medianPath: number;
}

/** Counts a flow's steps and paths; path lengths are in answers given. */
export const flowStats = (flow: Flow): FlowStats => {
  const lengths = allPaths(flow)
    .map((path) => path.length - 1)
    .sort((a, b) => a - b);
  const middle = Math.floor(lengths.length / 2);
  const median = lengths.length === 0 ? 0 : lengths.length % 2 ? lengths[middle] : (lengths[middle - 1] + lengths[middle]) / 2;
  return {
    steps: indexSteps(flow).size,
    outcomes: flow.steps.filter((s) => s.kind === 'outcome').length,
    paths: lengths.length,
    longestPath: lengths[lengths.length - 1] ?? 0,
    medianPath: median,
  };
};
