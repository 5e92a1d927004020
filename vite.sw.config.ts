import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// sw.js: the service worker, one classic script at the site's root (its scope is the whole site).
// scripts/service-worker.ts then writes the build's precache list in front of it.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    copyPublicDir: false,
    lib: {
      entry: fileURLToPath(new URL('./src/offline-worker/service-worker.ts', import.meta.url)),
      formats: ['iife'],
      name: 'GatewayDoctorServiceWorker',
      fileName: () => 'sw.js',
    },
  },
});
