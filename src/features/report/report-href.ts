import type { Audience } from '@/context/params';
import { ui } from '@/content/texts';
import type { Journey } from '@/engine/types';
import { journeyHref, REPORT_STEP_PARAM } from '@/engine/url';
import { flow } from '@/flows/current';

/** The report page's address for a step and a journey (the report itself is in its own chunk). */
export const reportHref = (stepId: string, journey: Journey): string => {
  const href = journeyHref(flow, stepId, journey);
  const query = href.includes('?') ? href.slice(href.indexOf('?') + 1) : '';
  return `/report/?${REPORT_STEP_PARAM}=${stepId}${query ? `&${query}` : ''}`;
};

/**
 * The words of the link to the report: a visitor sends a summary to the site, or to the IT team of
 * the work or school network that fails; an operator files an incident report.
 */
export const reportLinkLabel = (audience: Audience | undefined, stepId: string): string =>
  audience !== 'visitor' ? ui.report.open : stepId === 'ask-your-it-team' ? ui.report.openForIt : ui.report.openForVisitor;
