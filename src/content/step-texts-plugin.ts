// Relative imports here: vite.config.ts loads this file before the "@" alias exists.
// Build-time only: a Vite plugin that reads every step's frontmatter from disk. A step's words travel in
// its own MDX chunk: its title and answer labels as `stepIndex`, the rest (summary, question, hints) as
// `stepDetails`. The titles and labels of every step are also served as `virtual:step-texts`, which only
// the pages that list other steps load ("Your answers", the resume offer, report, map, diagnosis).
import type { Plugin } from 'vite';
import { readContent, type ContentRead } from './read-content.ts';
import { splitStepText } from './schema.ts';

const VIRTUAL_ID = 'virtual:step-texts';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** A step's MDX file, its id captured. */
export const STEP_FILE = /\/content\/[a-z-]+\/steps\/([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

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
      const { index, details } = splitStepText(text);
      const words = `export const stepIndex = ${JSON.stringify(index)};\nexport const stepDetails = ${JSON.stringify(details)};\n`;
      return { code: `${code}\n${words}`, map: null };
    },
  };
};
