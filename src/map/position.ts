import { indexSteps } from '@/engine/graph';
import type { Flow, Journey } from '@/engine/types';
import { encodeJourney, JOURNEY_PARAM, journeyFromUrl } from '@/engine/url';

/** The map's query parameter that names the visitor's current step (the journey is in JOURNEY_PARAM). */
export const MAP_AT_PARAM = 'at';

/** Where a visitor is on the map: the step they are on, and the steps and answers that led there. */
export interface MapPosition {
  readonly current: string;
  readonly journey: Journey;
  readonly steps: ReadonlySet<string>;
  /** Answers taken, as answerKey(stepId, answerId). */
  readonly answers: ReadonlySet<string>;
}

/** One key per answer of the flow: answer ids are unique within their step. */
export const answerKey = (stepId: string, answerId: string): string => `${stepId}.${answerId}`;

/**
 * Reads `?at=<stepId>&a=<journey>`. No position when `at` names no step; only the current step
 * when the journey does not replay through the flow to it (a stale or edited link).
 */
export const mapPosition = (flow: Flow, at: string | null, journeyParam: string | null): MapPosition | undefined => {
  if (at === null || !indexSteps(flow).has(at)) return undefined;
  const read = journeyFromUrl(flow, at, journeyParam);
  const journey = read.ok ? read.value : [];
  return {
    current: at,
    journey,
    steps: new Set([...journey.map((c) => c.stepId), at]),
    answers: new Set(journey.map((c) => answerKey(c.stepId, c.answerId))),
  };
};

/** The link to the map that marks this step and the answers that led to it. */
export const mapHref = (stepId: string, journey: Journey): string => {
  const params = new URLSearchParams({ [MAP_AT_PARAM]: stepId });
  if (journey.length > 0) params.set(JOURNEY_PARAM, encodeJourney(journey));
  return `/map/?${params.toString()}`;
};
