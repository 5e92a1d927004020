// Writes the previews of the ready-made 502 pages into the build (dist/error-pages/index.html and
// dist/error-pages/preview/<gateway>/index.html) and checks that dist/_headers gives /error-pages/ the
// policy their inline styles need: a template whose CSS changed without public/_headers fails the
// build with the line to write. Run after `vite build` has copied public/, before compression.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorPagePreviews } from './error-page-previews.ts';
import { errorPagesPolicyOf } from './security-headers.mjs';
import { readTemplates } from './error-page-templates.ts';

const dist = process.argv[2] ?? 'dist';
const folder = join(dist, 'error-pages');
const templates = readTemplates(folder);
const pages = errorPagePreviews(templates);
for (const [path, html] of Object.entries(pages)) {
  mkdirSync(dirname(join(folder, path)), { recursive: true });
  writeFileSync(join(folder, path), html);
}

const policy = errorPagesPolicyOf(folder);
const headers = readFileSync(join(dist, '_headers'), 'utf8');
if (!headers.includes(`  Content-Security-Policy: ${policy}\n`)) {
  throw new Error(
    `public/_headers does not give /error-pages/* the policy of its styles. Under /error-pages/* it needs:\n  Content-Security-Policy: ${policy}\n` +
      '(and docs/security-headers.md the same; npx vitest run scripts/security-headers.test.ts says where).',
  );
}
console.log(`Error pages: ${Object.keys(pages).length} preview pages written; their policy is in _headers.`);
