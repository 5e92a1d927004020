// What the built site sends, read from dist/ and Vite's manifest. Sizes are raw and gzip (level 9, each
// file on its own, as a server compresses each response); HTTP headers are not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { flow } from '@/flows/current';
import type { Figure, SectionResult } from './figures';

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}
type Manifest = Readonly<Record<string, ManifestChunk>>;

const STEP_CHUNK = /\/steps\/([a-z0-9-]+)\.mdx$/;
/** A step's sections, a chunk of their own that its step chunk imports (see src/content/step-rest-plugin.ts). */
const SECTIONS_CHUNK = /\/steps\/([a-z0-9-]+)\.rest\.mdx$/;
/** The page's first script, which starts the app once the page is painted: it counts with the entry. */
const BOOT_CHUNK = 'src/boot.ts';

/** The chunk keys reachable from `keys` by static imports, `keys` included. */
const staticClosure = (manifest: Manifest, keys: readonly string[]): string[] => {
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen];
};

/** Measures files under dist/ by their path as the manifest writes it. */
const sizer = (dist: string) => {
  const cache = new Map<string, { raw: number; gzip: number }>();
  return (file: string): { raw: number; gzip: number } => {
    let size = cache.get(file);
    if (!size) {
      const bytes = readFileSync(join(dist, file));
      size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      cache.set(file, size);
    }
    return size;
  };
};

/** The build section: entry JS and CSS, the largest step chunk, the first page's bytes and the JS it needs. */
export const buildSection = (dist: string): SectionResult => {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const size = sizer(dist);
  const sum = (files: readonly string[], kind: 'raw' | 'gzip'): number => files.reduce((total, file) => total + size(file)[kind], 0);
  const figure = (name: string, value: number, detail: string, budgetKey?: string): Figure => ({
    section: 'build',
    name,
    value,
    unit: 'bytes',
    budgetKey,
    detail,
  });

  const entryKey = manifest['index.html']?.isEntry ? 'index.html' : Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) return { figures: [], problems: ['build: dist/.vite/manifest.json has no entry chunk'] };
  const entry = manifest[entryKey];
  const entryCss = entry.css ?? [];
  const entryJs = [...(manifest[BOOT_CHUNK] ? [manifest[BOOT_CHUNK].file] : []), entry.file];

  const stepChunks = Object.keys(manifest).filter((key) => STEP_CHUNK.test(key));
  const largest = stepChunks.map((key) => ({ key, ...size(manifest[key].file) })).sort((a, b) => b.raw - a.raw)[0];
  const startKey = stepChunks.find((key) => STEP_CHUNK.exec(key)?.[1] === flow.start);
  const sectionsChunks = Object.keys(manifest).filter((key) => SECTIONS_CHUNK.test(key));
  const largestSections = sectionsChunks.map((key) => ({ key, ...size(manifest[key].file) })).sort((a, b) => b.raw - a.raw)[0];
  // The app's first render waits for the start step's sections too.
  const startSectionsKey = sectionsChunks.find((key) => SECTIONS_CHUNK.exec(key)?.[1] === flow.start);
  if (!startKey) return { figures: [], problems: [`build: the manifest has no chunk for the start step ${flow.start}`] };

  const firstQuestionChunks = staticClosure(manifest, [entryKey, startKey, ...(startSectionsKey ? [startSectionsKey] : [])]);
  const firstQuestionJs = [...new Set([...entryJs, ...firstQuestionChunks.map((key) => manifest[key].file)])];
  const firstQuestionCss = [...new Set(firstQuestionChunks.flatMap((key) => manifest[key].css ?? []))];
  const html = size('index.html');
  const firstViewGzip = html.gzip + sum(firstQuestionCss, 'gzip');

  return {
    figures: [
      figure('entry JS, raw', sum(entryJs, 'raw'), entryJs.join(' + ')),
      figure('entry JS, gzip', sum(entryJs, 'gzip'), entryJs.join(' + '), 'entryJsGzipBytes'),
      figure('entry CSS, raw', sum(entryCss, 'raw'), entryCss.join(', ')),
      figure('entry CSS, gzip', sum(entryCss, 'gzip'), entryCss.join(', '), 'entryCssGzipBytes'),
      ...(largest
        ? [
            figure('largest step chunk, raw', largest.raw, `${STEP_CHUNK.exec(largest.key)?.[1]} (${manifest[largest.key].file})`),
            figure('largest step chunk, gzip', largest.gzip, `${STEP_CHUNK.exec(largest.key)?.[1]}, of ${stepChunks.length} step chunks: words, lead, answers`, 'stepChunkGzipBytes'),
          ]
        : []),
      ...(largestSections
        ? [
            figure(
              'largest step sections chunk, gzip',
              largestSections.gzip,
              `${SECTIONS_CHUNK.exec(largestSections.key)?.[1]}, of ${sectionsChunks.length}: fetched with its step, shown a frame after the step's first screen`,
            ),
          ]
        : []),
      figure('first page HTML, gzip', html.gzip, `dist/index.html, ${html.raw.toLocaleString('en-US')} B raw`),
      figure('first page HTML + CSS, gzip', firstViewGzip, 'goal: first question readable from the first 14 KB sent (sum of gzip sizes, headers not counted)', 'firstViewHtmlCssGzipBytes'),
      figure('JS to the first question, gzip', sum(firstQuestionJs, 'gzip'), `${firstQuestionJs.length} files: first script, entry, its static imports, ${flow.start}, its sections and their imports; ${sum(firstQuestionJs, 'raw').toLocaleString('en-US')} B raw`, 'firstQuestionJsGzipBytes'),
    ],
    problems: [],
  };
};
