import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiAndBrowser = ['react', 'react-dom', 'react-dom/*', 'react-router', 'zustand', 'zustand/*', '@mdx-js/*', 'mdx/*'];

export default tseslint.config(
  { ignores: ['.scratch', 'dist', 'dist-ssr', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Plain scripts for the browser: the embed demo and the e2e host pages.
    files: ['public/**/*.js', 'e2e/embed-host/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    // The engine is pure TypeScript: no React, no DOM, no storage, no MDX, and nothing from the app.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiAndBrowser, message: 'src/engine stays free of UI and browser libraries.' },
            { regex: '^@/(?!engine/)', message: 'src/engine imports only from src/engine.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch'],
    },
  },
  // The classifier, the error-page context parser and the re-check scheduler are pure too: data in,
  // data out, browser APIs injected, nothing from the app, React or the DOM. Imports flow one way: the
  // engine and the registry (products and causes, plain data) below, then these, then the features.
  ...['registry', 'diagnose', 'context', 'live-checks', 'hops', 'embed', 'report', 'offline'].map((folder) => ({
    files: [`src/${folder}/**/*.ts`],
    ignores: [`src/${folder}/**/*.test.ts`],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiAndBrowser, message: `src/${folder} stays free of UI and browser libraries.` },
            folder === 'registry'
              ? { regex: '^@/(?!registry/)', message: 'src/registry is plain data: it imports only from src/registry.' }
              : { regex: `^@/(?!${folder}/|engine/|registry/)`, message: `src/${folder} imports only from src/${folder}, src/engine and src/registry.` },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch'],
    },
  })),
  {
    // Imports flow one way: shared pieces (components) sit below the features that use them.
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^@/(features|routes)/', message: 'src/components sits below the features: pass what it needs in.' }] }],
    },
  },
  {
    // Config files and scripts that tools load by their default export.
    files: ['*.config.{ts,js}', 'e2e/support/*.ts', '**/*.d.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
);
