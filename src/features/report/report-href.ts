import type { Journey } from '@/engine/types';
import { journeyHref, REPORT_STEP_PARAM } from '@/engine/url';
import { flow } from '@/flows/current';

/** The report page's address for a step and a journey (the report itself is in its own chunk). */
export const reportHref = (stepId: string, journey: Journey): string => {
  const href = journeyHref(flow, stepId, journey);
  const query = href.includes('?') ? href.slice(href.indexOf('?') + 1) : '';
  return `/report/?${REPORT_STEP_PARAM}=${stepId}${query ? `&${query}` : ''}`;
};
