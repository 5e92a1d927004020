// Relative imports here: vite.config.ts loads this file before the "@" alias exists.
// Build-time only: lays the flow out with dagre and serves the result as the module `virtual:flow-map`,
// plain JSON data, so the /map/ page draws the diagram without shipping the layout library.
import { join } from 'node:path';
import { runnerImport, type Alias, type Plugin } from 'vite';
import type { Flow } from '../engine/types.ts';
import { readContent } from '../content/read-content.ts';
import { layoutFlow } from './layout.ts';

const VIRTUAL_ID = 'virtual:flow-map';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Serves `virtual:flow-map`; fails the build naming the file when a step's frontmatter is invalid. */
export const flowMapPlugin = (root: string, locale = 'en'): Plugin => {
  let alias: Alias[] = [];
  return {
    name: 'gateway-doctor:flow-map',
    configResolved(config) {
      alias = config.resolve.alias;
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // The flow's modules use the "@" alias, which Node cannot resolve: Vite's module runner loads
      // them with this build's aliases and reports the files it read, so a change to the flow
      // reloads the map in development.
      const { module, dependencies } = await runnerImport<{ flow: Flow }>(join(root, 'src/flows/current.ts'), {
        root,
        logLevel: 'error',
        resolve: { alias },
      });
      const { texts, files, problems } = readContent(root, locale);
      for (const file of [...dependencies, ...Object.values(files)]) this.addWatchFile(file);
      if (problems.length > 0) this.error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
      const map = layoutFlow(module.flow, (stepId) => texts[stepId]?.title ?? stepId);
      return `export default ${JSON.stringify(map)};`;
    },
  };
};
