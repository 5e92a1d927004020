import { hasLinkContext, parseContext, type IgnoredParam } from '@/context/parse-context';
import type { ErrorContext } from '@/context/params';
import { startStepFor } from '@/context/start-step';
import { JOURNEY_PARAM, stepPath, wizardQuery } from '@/engine/url';
import type { Flow } from '@/engine/types';

/** A visit that came with context in its link: what it said, and the address to show instead. */
export interface Arrival {
  readonly context: ErrorContext;
  readonly ignored: readonly IgnoredParam[];
  /** The path (and the wizard's own parameters, if any) to show: context is taken out of the address bar once read. */
  readonly path: string;
  /** The step opened because of the context, when it skips questions. */
  readonly startStep?: string;
}

/**
 * Reads a link's context. A link to the start page with no answers opens at the step the context
 * points to; a link to any other page stays there. Undefined when the link carries no context.
 */
export const readArrival = (flow: Flow, pathname: string, search: string, now: Date): Arrival | undefined => {
  if (!hasLinkContext(search)) return undefined;
  const { context, ignored } = parseContext(search, now);
  // The wizard's own parameters stay: the journey, a "Change" link's kept answers, the report's step.
  const own = wizardQuery(search);
  const hasJourney = Boolean(new URLSearchParams(own).get(JOURNEY_PARAM));
  const atStart = pathname === '/' || pathname === '/index.html';
  const startStep = atStart && !hasJourney ? startStepFor(context) : undefined;
  if (startStep !== undefined) return { context, ignored, path: stepPath(flow, startStep), startStep };
  const path = atStart ? '/' : pathname;
  return { context, ignored, path: own ? `${path}?${own}` : path };
};
