// Builds every locale but English (src/registry/locales.ts) after the English build: its app into
// dist/<code>/, its server entry into dist-ssr/<code>/, then its pre-rendered pages. Each locale is a
// build of its own, so a page carries only its own language's words.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { localeCodes, sourceLocale } from '../src/registry/locales.ts';

const run = (locale: string, command: string, args: string[]): void => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, GD_LOCALE: locale }, shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`Building the ${locale} locale failed at: ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
};

for (const locale of localeCodes.filter((code) => code !== sourceLocale)) {
  run(locale, 'npx', ['vite', 'build', '--logLevel', 'warn']);
  run(locale, 'npx', ['vite', 'build', '--ssr', 'src/entry-server.tsx', '--outDir', `dist-ssr/${locale}`, '--logLevel', 'warn']);
  run(locale, 'npx', ['tsx', 'scripts/prerender.ts']);
  // The page's icon is at the base of each build (index.html's /favicon.svg, rewritten by Vite).
  copyFileSync('public/favicon.svg', `dist/${locale}/favicon.svg`);
}
