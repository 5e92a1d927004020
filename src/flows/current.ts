import { indexSteps, shortestParents } from '@/engine/graph';
import type { Step } from '@/engine/types';
import { http502Flow } from '@/flows/http-502';

/** The flow this site serves. */
export const flow = http502Flow;

const byId = indexSteps(flow);
const parents = shortestParents(flow);

/** The step with this id, if the flow has one. */
export const findStep = (stepId: string): Step | undefined => byId.get(stepId);

/** The step before this one on the shortest route from the start (for back links without a journey). */
export const parentOf = (stepId: string): string | undefined => parents.get(stepId);

/** The page that tells a 502 from its neighbours, linked from every page: anyone may find they have another code. */
export const otherCodesStepId = 'which-code-do-you-see';
