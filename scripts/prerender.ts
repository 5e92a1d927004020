// Writes one static HTML page per step (and the start page and a 404 page) from the SSR build,
// into the client build's index.html. Run after `vite build` and `vite build --ssr`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isLocale, localeBase, sourceLocale } from '../src/registry/locales.ts';
import { headLinks, siteOriginOf } from './head-links.ts';

type Manifest = Record<string, { file: string; imports?: string[] }>;
interface ServerEntry {
  startStepId: string;
  stepIds: () => string[];
  pages: { path: string; chunk: string }[];
  render: (url: string) => Promise<{ html: string; status: number; title: string; description: string }>;
}

const root = process.cwd();
// One locale per run (GD_LOCALE, as for vite build): English into dist/, another into dist/<code>/.
const locale = process.env.GD_LOCALE ?? sourceLocale;
if (!isLocale(locale)) throw new Error(`GD_LOCALE=${locale} is not one of the guide's locales.`);
const base = localeBase(locale);
const dist = join(root, 'dist', base);
const serverDist = join(root, 'dist-ssr', base);
// Keep Vite's index.html aside before overwriting it with the start page, so a second run still has it.
const templateFile = join(dist, '.vite', 'template.html');
if (!existsSync(templateFile)) copyFileSync(join(dist, 'index.html'), templateFile);
const vitePage = readFileSync(templateFile, 'utf8');
if (!vitePage.includes('<!--app-html-->')) throw new Error(`${templateFile} has no <!--app-html--> placeholder.`);
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
const server = (await import(pathToFileURL(join(serverDist, 'entry-server.js')).href)) as ServerEntry;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Vite's page starts the app at once: a script tag, and modulepreload links for the chunks it imports.
 * In their place goes the page's first script (src/boot.ts), which adds them once the page is painted, so
 * that the first paint does not share a slow connection with the app.
 */
const startAfterPaint = (html: string): string => {
  const boot = manifest['src/boot.ts'];
  const app = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!boot || !app) throw new Error(`${templateFile}: no app script to start after the first paint, or no src/boot.ts in the build.`);
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((match) => match[1]);
  return html
    .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
    .replace(app[0], `<script type="module" src="${base}${boot.file}" data-app="${app[1]}" data-preload="${preloads.join(' ')}"></script>`);
};
const template = startAfterPaint(vitePage);

/** The step's (or page's) own chunk, which the app needs to show the page: fetched at once (it is small). */
const preloadsFor = (chunk: string | undefined): string => {
  const own = chunk ? manifest[chunk] : undefined;
  return own ? `<link rel="modulepreload" href="${base}${own.file}" />` : '';
};

const stepChunk = (stepId: string): string => `content/${locale}/steps/${stepId}.mdx`;

// Absolute canonical and hreflang links need the public origin; without it they are left out (scripts/head-links.ts).
const origin = siteOriginOf(process.env.GD_SITE_ORIGIN);

const page = async (url: string, chunk: string | undefined, canonical?: string): Promise<string> => {
  const found = chunk !== undefined;
  const rendered = await server.render(url);
  const expected = chunk ? 200 : 404;
  if (rendered.status !== expected) throw new Error(`Pre-rendering ${url} gave status ${rendered.status}, not ${expected}.`);
  const head = [
    `<title>${escapeHtml(rendered.title)}</title>`,
    `<meta name="description" content="${escapeHtml(rendered.description)}" />`,
    found ? headLinks(origin, locale, url, canonical) : '',
    preloadsFor(chunk),
  ].join('');
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${locale}"`)
    .replace(/<title>[\s\S]*?<\/title>\s*<meta name="description"[^>]*>/, head)
    .replace('<!--app-html-->', rendered.html);
};

const write = (path: string, html: string): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
};

const started = performance.now();
const start = server.startStepId;
write(join(dist, 'index.html'), await page('/', stepChunk(start)));
for (const id of server.stepIds()) {
  write(join(dist, 'step', id, 'index.html'), await page(`/step/${id}/`, stepChunk(id), id === start ? '/' : undefined));
}
for (const { path, chunk } of server.pages) write(join(dist, path, 'index.html'), await page(path, chunk));
write(join(dist, '404.html'), await page('/this-page-does-not-exist', undefined));
console.log(`Pre-rendered ${server.stepIds().length + server.pages.length + 2} pages in ${Math.round(performance.now() - started)} ms.`);
if (origin === undefined && locale === sourceLocale) {
  console.log('No GD_SITE_ORIGIN: pages carry no canonical or hreflang links (set it to the public origin to have them, see Deploy in the README).');
}
