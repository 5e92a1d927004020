import { fileURLToPath } from 'node:url';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { mdxOptions } from './src/content/mdx-options.ts';
import { stepTextsPlugin } from './src/content/step-texts-plugin.ts';
import { flowMapPlugin } from './src/map/flow-map-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [
    { enforce: 'pre', ...mdx(mdxOptions) },
    react({ include: /\.(mdx|ts|tsx)$/ }),
    stepTextsPlugin(root),
    flowMapPlugin(root),
  ],
  resolve: {
    alias: {
      '@content': fileURLToPath(new URL('./content', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  build: {
    manifest: true,
    outDir: 'dist',
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
});
