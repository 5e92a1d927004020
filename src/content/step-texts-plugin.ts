// Relative imports here: vite.config.ts loads this file before the "@" alias exists.
// Build-time only: a Vite plugin that reads every step's frontmatter from disk and serves it as the
// module `virtual:step-texts`, so titles and answer labels are known to every page while the step
// bodies stay in their own chunks.
import type { Plugin } from 'vite';
import { readContent } from './read-content.ts';

const VIRTUAL_ID = 'virtual:step-texts';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Serves `virtual:step-texts`; fails the build naming the file when a step's frontmatter is invalid. */
export const stepTextsPlugin = (root: string, locale = 'en'): Plugin => ({
  name: 'gateway-doctor:step-texts',
  resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
  load(id) {
    if (id !== RESOLVED_ID) return undefined;
    const { texts, files, problems } = readContent(root, locale);
    for (const file of Object.values(files)) this.addWatchFile(file);
    if (problems.length > 0) {
      this.error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
    }
    return `export default ${JSON.stringify(texts)};`;
  },
});
