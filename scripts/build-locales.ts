// Builds every locale but English (src/registry/locales.ts) after the English build: its app into
// dist/<code>/, its server entry into dist-ssr/<code>/, then its pre-rendered pages. Each locale is a
// build of its own, so a page carries only its own language's words. The locales build side by side.
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { localeCodes, sourceLocale } from '../src/registry/locales.ts';

const run = (locale: string, args: string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, GD_LOCALE: locale }, shell: process.platform === 'win32' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Building the ${locale} locale failed at: npx ${args.join(' ')}`))));
  });

const build = async (locale: string): Promise<void> => {
  await run(locale, ['vite', 'build', '--logLevel', 'warn']);
  await run(locale, ['vite', 'build', '--ssr', 'src/entry-server.tsx', '--outDir', `dist-ssr/${locale}`, '--logLevel', 'warn']);
  await run(locale, ['tsx', 'scripts/prerender.ts']);
  // The page's icon is at the base of each build (index.html's /favicon.svg, rewritten by Vite).
  copyFileSync('public/favicon.svg', `dist/${locale}/favicon.svg`);
};

try {
  await Promise.all(localeCodes.filter((code) => code !== sourceLocale).map(build));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
