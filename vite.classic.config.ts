import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The two classic scripts (not modules) the build puts at the site's root, at stable addresses, after
 * the app: `--mode embed` builds embed.js (the one-tag embed; `async` tags and old help center editors
 * load it), `--mode sw` builds sw.js (the service worker; scripts/service-worker.ts then writes the
 * precache list in front of it).
 */
const scripts = {
  embed: { entry: './src/embed-script/embed.ts', name: 'GatewayDoctorEmbed', file: 'embed.js' },
  sw: { entry: './src/offline-worker/service-worker.ts', name: 'GatewayDoctorServiceWorker', file: 'sw.js' },
} as const;

export default defineConfig(({ mode }) => {
  if (!(mode in scripts)) throw new Error(`vite.classic.config.ts: --mode must be one of ${Object.keys(scripts).join(', ')}.`);
  const script = scripts[mode as keyof typeof scripts];
  return {
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2020',
      copyPublicDir: false,
      lib: {
        entry: fileURLToPath(new URL(script.entry, import.meta.url)),
        formats: ['iife'],
        name: script.name,
        fileName: () => script.file,
      },
    },
  };
});
