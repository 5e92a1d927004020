import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { isLocale, localeBase, locales, sourceLocale } from './src/registry/locales.ts';
import { mdxOptions } from './src/content/mdx-options.ts';
import { stepTextsPlugin } from './src/content/step-texts-plugin.ts';
import { flowMapPlugin } from './src/map/flow-map-plugin.ts';
import { uiWordsPlugin } from './src/content/ui-words-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// One build per locale (src/registry/locales.ts): English at dist/, another at dist/<code>/, served under /<code>/.
const locale = process.env.GD_LOCALE ?? sourceLocale;
if (!isLocale(locale)) throw new Error(`GD_LOCALE=${locale}: choose one of ${Object.keys(locales).join(', ')}.`);
const base = localeBase(locale);

// React Router's package points every import at its development build (its warnings and their checks
// run on every render); a build of the site takes the production build beside it, as its dist/ ships.
const reactRouterProduction = join(dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist', 'production', 'index.mjs');

export default defineConfig(({ command }) => ({
  plugins: [
    { enforce: 'pre', ...mdx(mdxOptions) },
    react({ include: /\.(mdx|ts|tsx)$/ }),
    stepTextsPlugin(root, locale),
    flowMapPlugin(root, locale),
    uiWordsPlugin(root, locale),
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
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A margin for a machine busy with other work (the slowest test takes about 1.5 s on a quiet one);
    // no test measures speed against the clock.
    testTimeout: 30_000,
  },
}));
