import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { isLocale, localeBase, locales, sourceLocale } from './src/registry/locales.ts';
import { mdxSplitOptions } from './src/content/mdx-options.ts';
import { stepRestPlugin } from './src/content/step-rest-plugin.ts';
import { stepTextsPlugin } from './src/content/step-texts-plugin.ts';
import { flowMapPlugin } from './src/map/flow-map-plugin.ts';
import { uiWordsPlugin } from './src/content/ui-words-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * V8's explicit compile hint, on the first line of the entry and of every chunk loaded beside it: they
 * are compiled whole while they stream in, off the main thread, rather than one function at a time on
 * first use, which was most of a fresh page's first answer (click to next question 20 -> 14 ms in
 * Chromium here, and Lighthouse's total blocking time no higher). Each step's and page's own chunk
 * still compiles lazily. Last in the build, after Vite has written its own first lines.
 */
const compileHints = (): Plugin => ({
  name: 'gateway-doctor:compile-hints',
  apply: 'build',
  enforce: 'post',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.isDynamicEntry) continue;
        chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        // The source map, when there is one, starts a line lower.
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      }
    },
  },
});

// One build per locale (src/registry/locales.ts): English at dist/, another at dist/<code>/, served under /<code>/.
const locale = process.env.GD_LOCALE ?? sourceLocale;
if (!isLocale(locale)) throw new Error(`GD_LOCALE=${locale}: choose one of ${Object.keys(locales).join(', ')}.`);
const base = localeBase(locale);

// React Router's package points every import at its development build (its warnings and their checks
// run on every render); a build of the site takes the production build beside it, as its dist/ ships.
const reactRouterProduction = join(dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist', 'production', 'index.mjs');

export default defineConfig(({ command }) => ({
  plugins: [
    { enforce: 'pre', ...mdx(mdxSplitOptions) },
    stepRestPlugin(),
    react({ include: /\.(mdx|ts|tsx)$/ }),
    stepTextsPlugin(root, locale),
    flowMapPlugin(root, locale),
    uiWordsPlugin(root, locale),
    compileHints(),
  ],
  resolve: {
    alias: [
      { find: '@content-locale', replacement: fileURLToPath(new URL(`./content/${locale}`, import.meta.url)) },
      { find: '@content', replacement: fileURLToPath(new URL('./content', import.meta.url)) },
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...(command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : []),
    ],
  },
  base,
  build: {
    manifest: true,
    // The page's first script (src/boot.ts) starts the app once the pre-rendered page is painted;
    // scripts/prerender.ts puts it in the place of index.html's script tag.
    rolldownOptions: { input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), boot: fileURLToPath(new URL('./src/boot.ts', import.meta.url)) } },
    // English empties dist/ first; every other locale then writes (and empties) only its own folder.
    outDir: `dist${base}`,
    emptyOutDir: true,
    copyPublicDir: locale === sourceLocale,
    target: 'es2022',
    // The HTML keeps its modulepreload links (the entry's static imports load in parallel with it), but a
    // lazy chunk (a step, a page) lists no dependencies: they are chunks the entry has already loaded,
    // and Vite's table of every chunk's dependencies cost 2.7 KB gzip on the way to the first question.
    // No polyfill: a browser without modulepreload (Safari before 17, Firefox before 115) loads the same
    // modules as they are imported, a little later, and every other visitor was sent 0.3 KB gzip for it.
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Threads start faster than forks, and Vitest's default of one worker on a 2-core machine left a
    // core idle: 59 s for the suite there, 29 s like this.
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A margin for a machine busy with other work (the slowest test takes about 1.5 s on a quiet one);
    // no test measures speed against the clock.
    testTimeout: 30_000,
  },
}));
