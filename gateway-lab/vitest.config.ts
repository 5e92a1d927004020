// Vitest config of the gateway lab alone (`npm run test:lab`): the main config's `include` covers
// src/ and scripts/ only, so the lab's real-server tests never run in `npm test`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// eslint-disable-next-line no-restricted-exports
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: {
    alias: {
      '@content': fileURLToPath(new URL('../content', import.meta.url)),
      '@': fileURLToPath(new URL('../src', import.meta.url)),
    },
  },
  test: {
    include: ['gateway-lab/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
