// Relative imports here: vite.config.ts loads this file before the "@" alias exists.
// Build-time only. A step's sections (its reference material) travel in a module of their own, so that
// an answer waits only for the small first part of the next step: its words, lead and answers.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { REST_ELEMENT, REST_SUFFIX } from './step-sections.ts';
import { STEP_FILE } from './step-texts-plugin.ts';

/** The step file whose sections `id` names (`…/steps/<id>.rest.mdx`), if it names one. */
const stepFileOf = (id: string): string | undefined => {
  if (!id.endsWith(REST_SUFFIX)) return undefined;
  const source = `${id.slice(0, -REST_SUFFIX.length)}.mdx`;
  return STEP_FILE.test(source) ? source : undefined;
};

/**
 * Serves `<step>.rest.mdx`, the same MDX file read again (remarkStepSections with `split` keeps only
 * its sections there), and gives each step module that has sections `loadRest()`, which imports it.
 * Placed after the MDX plugin: it sees the compiled step.
 */
export const stepRestPlugin = (): Plugin => ({
  name: 'gateway-doctor:step-rest',
  enforce: 'pre',
  resolveId: (id, importer) => {
    if (!id.endsWith(REST_SUFFIX)) return undefined;
    if (stepFileOf(id)) return id;
    return importer && id.startsWith('./') ? join(dirname(importer.split('?')[0]), id) : undefined;
  },
  load(id) {
    const source = stepFileOf(id);
    if (!source) return undefined;
    this.addWatchFile(source);
    return readFileSync(source, 'utf8');
  },
  transform(code, id) {
    const path = id.split('?')[0];
    if (!STEP_FILE.test(path) || !code.includes(REST_ELEMENT)) return undefined;
    const rest = `./${path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length)}${REST_SUFFIX}`;
    return { code: `${code}\nexport const loadRest = () => import(${JSON.stringify(rest)});\n`, map: null };
  },
});
