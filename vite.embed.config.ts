import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// embed.js: the one-tag embed script, a classic script (not a module) so `async` tags and old help
// center editors load it. Built after the app, into the same dist/, at a stable address.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    copyPublicDir: false,
    lib: {
      entry: fileURLToPath(new URL('./src/embed-script/embed.ts', import.meta.url)),
      formats: ['iife'],
      name: 'GatewayDoctorEmbed',
      fileName: () => 'embed.js',
    },
  },
});
