// Relative imports here: vite.config.ts loads this file before the "@" alias exists.
// Build-time only: a Vite plugin that reads every step's frontmatter from disk. Titles and answer
// labels, which every page needs, are served as the module `virtual:step-texts`; the rest of a step's
// words (summary, question, hints) is appended to that step's own MDX chunk as `stepDetails`.
import type { Plugin } from 'vite';
import { readContent, type ContentRead } from './read-content.ts';
import { splitStepText } from './schema.ts';

const VIRTUAL_ID = 'virtual:step-texts';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const STEP_FILE = /\/content\/[a-z-]+\/steps\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** Serves `virtual:step-texts`; fails the build naming the file when a step's frontmatter is invalid. */
export const stepTextsPlugin = (root: string, locale = 'en'): Plugin => {
  const read = (): ContentRead => readContent(root, locale);
  return {
    name: 'gateway-doctor:step-texts',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { texts, files, problems } = read();
      for (const file of Object.values(files)) this.addWatchFile(file);
      if (problems.length > 0) this.error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
      const index = Object.fromEntries(Object.entries(texts).map(([stepId, text]) => [stepId, splitStepText(text).index]));
      return `export default ${JSON.stringify(index)};`;
    },
    transform(code, id) {
      const stepId = STEP_FILE.exec(id.split('?')[0])?.[1];
      const text = stepId ? read().texts[stepId] : undefined;
      if (!text) return undefined;
      return { code: `${code}\nexport const stepDetails = ${JSON.stringify(splitStepText(text).details)};\n`, map: null };
    },
  };
};
