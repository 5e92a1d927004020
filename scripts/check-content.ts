// `npm run check:content`: the flow's graph and every step's content, checked before each build.
import { relative } from 'node:path';
import { checkContent } from '@/content/check-content';
import { localeCodes } from '@/registry/locales';
import { flowStats } from '@/engine/graph';
import { flow } from '@/flows/current';

const root = process.cwd();
const problems = (await Promise.all(localeCodes.map((locale) => checkContent(root, flow, locale)))).flat();
if (problems.length > 0) {
  for (const p of problems) {
    console.error(`✗ step "${p.stepId}"${p.file ? ` (${relative(root, p.file)})` : ''}: ${p.message}`);
  }
  console.error(`\ncheck:content found ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
const stats = flowStats(flow);
console.log(
  `check:content: flow and content agree. ${stats.steps} steps (${stats.outcomes} outcomes), ${stats.paths} paths ` +
    `from the start to an outcome; the longest takes ${stats.longestPath} answers, the median ${stats.medianPath}.`,
);
