import { isExplained } from '@/diagnose/causes';
import { stepForCause } from '@/registry/causes';
import { components, type ComponentId } from '@/diagnose/components';
import type { Pattern, PatternInput } from '@/diagnose/types';

const defaultStep = (component: ComponentId, cause: PatternInput['cause']): string =>
  isExplained(cause) ? stepForCause(cause) : components[component].logStep;

/**
 * Fills in a component's rows of the table: its id, status 502 and the cause's step unless given.
 * Every row gets every field, in one order: rows of one shape keep the scanner's property reads fast
 * (rows of many shapes made each read a slow lookup, a third of the time on lines full of matches).
 */
export const patternsFor = (component: ComponentId, inputs: readonly PatternInput[]): Pattern[] =>
  inputs.map((input, index) => ({
    id: `${component}#${index + 1}`,
    component,
    cause: input.cause,
    status: input.status ?? 502,
    pageDefault: input.pageDefault,
    statusNote: input.statusNote,
    confidence: input.confidence,
    match: input.match,
    ignoreCase: input.ignoreCase,
    explanation: input.explanation,
    heading: input.heading,
    stepId: input.stepId ?? defaultStep(component, input.cause),
    statusFromLine: input.statusFromLine,
    weak: input.weak,
    fallback: input.fallback,
    page: input.page,
    lineHas: input.lineHas,
    lineLacks: input.lineLacks,
    textHas: input.textHas,
    textLacks: input.textLacks,
  }));
