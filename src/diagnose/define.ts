import { isExplained } from '@/diagnose/causes';
import { stepForCause } from '@/registry/causes';
import { components, type ComponentId } from '@/diagnose/components';
import type { Pattern, PatternInput } from '@/diagnose/types';

const defaultStep = (component: ComponentId, cause: PatternInput['cause']): string =>
  isExplained(cause) ? stepForCause(cause) : components[component].logStep;

/** Fills in a component's rows of the table: its id, status 502 and the cause's step unless given. */
export const patternsFor = (component: ComponentId, inputs: readonly PatternInput[]): Pattern[] =>
  inputs.map((input, index) => ({
    ...input,
    id: `${component}#${index + 1}`,
    component,
    status: input.status ?? 502,
    stepId: input.stepId ?? defaultStep(component, input.cause),
  }));
