import { allPaths, type FlowPath } from '@/engine/graph';
import { flow } from '@/flows/current';
import { sourceLocale } from '@/registry/locales';
import { localeData } from './locale-data';

/** English, the locale most specs walk: its words and its pages' addresses (locale-data.ts). */
const english = localeData(sourceLocale);

/** Every root-to-outcome path of the flow the site serves. */
export const paths: FlowPath[] = allPaths(flow);

/** The h1 a step shows, the label of one answer as the page shows it, and the URL path of a step's page. */
export const { titleOf, askedOf, labelOf, pathOf, ui } = english;

/** The labels an nginx owner answers with from the start page to the crash step: nginx logged a reset. */
export const nginxResetWalk = (
  [
    ['who-are-you', 'owner'],
    ['which-layer-answered', 'web-server'],
    ['which-proxy-is-it', 'nginx'],
    ['what-does-nginx-log', 'reset'],
  ] as const
).map(([stepId, answerId]) => labelOf(stepId, answerId));

/** A readable name for a path, for the test title. */
export const describePath = (path: FlowPath): string =>
  path.map((s) => (s.answerId ? `${s.stepId} (${s.answerId})` : s.stepId)).join(' > ');

export { flow };
