// Relative imports here: vite.config.ts loads this file before the "@" alias exists.
// Build-time: serves content/<locale>/ui.json as `virtual:ui-words` (the wizard's words) and
// `virtual:ui-words/<part>` (a page's own words, see ui-parts.ts), each the locale's of this build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { coreWords, pagePartNames, type PagePart } from './ui-parts.ts';

const PREFIX = 'virtual:ui-words';

export const uiWordsPlugin = (root: string, locale: string): Plugin => {
  const file = join(root, 'content', locale, 'ui.json');
  return {
    name: 'gateway-doctor:ui-words',
    resolveId: (id) => (id === PREFIX || id.startsWith(`${PREFIX}/`) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      this.addWatchFile(file);
      const ui = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const part = id.slice(`\0${PREFIX}/`.length);
      if (id === `\0${PREFIX}`) return `export default ${JSON.stringify(coreWords(ui))};`;
      if (!(pagePartNames as string[]).includes(part)) this.error(`${id.slice(1)}: no such part of ui.json (src/content/ui-parts.ts)`);
      return `export default ${JSON.stringify(ui[part as PagePart])};`;
    },
  };
};
