import { allPaths, type FlowPath } from '@/engine/graph';
import { readContent } from '@/content/read-content';
import { stepPath } from '@/engine/url';
import { flow } from '@/flows/current';
import ui from '../../content/en/ui.json' with { type: 'json' };

const { texts } = readContent(process.cwd());

/** Every root-to-outcome path of the flow the site serves. */
export const paths: FlowPath[] = allPaths(flow);

/** The h1 a step shows. */
export const titleOf = (stepId: string): string => texts[stepId].title;

/** The label of one answer, as the page shows it (advice falls back to the shared UI words). */
export const labelOf = (stepId: string, answerId: string): string =>
  texts[stepId].answers[answerId]?.label ?? (answerId === 'fixed' ? ui.fixed : answerId === 'not-fixed' ? ui.notFixed : answerId);

/** The URL path of a step's page. */
export const pathOf = (stepId: string): string => stepPath(flow, stepId);

/** A readable name for a path, for the test title. */
export const describePath = (path: FlowPath): string =>
  path.map((s) => (s.answerId ? `${s.stepId} (${s.answerId})` : s.stepId)).join(' > ');

export { flow, ui };
