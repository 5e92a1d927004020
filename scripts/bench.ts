/**
 * `npm run bench`: the figures that must stay within budget, as a table on stdout (or JSON with
 * --json) and in bench/results.json; exits non-zero naming every figure over its budget in
 * bench/budgets.json, and every measurement that could not be taken.
 *
 *   npm run bench                                builds first (npm run build), then every section
 *   npm run bench -- --skip-build                measures the dist/ that is there
 *   npm run bench -- --only=build,lighthouse     some sections: diagnose, diagnose-corpus, build, lighthouse, focus, paste
 *
 * Sections live in scripts/bench/; each returns figures (see figures.ts), and a figure is held to the
 * budget named by its budgetKey when budgets.json has that key.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSection } from './bench/build-sizes';
import { diagnoseSection } from './bench/diagnose';
import { diagnoseCorpusSection } from './bench/diagnose-corpus';
import { budgetOf, formatTable, isOverBudget, progress, readBudgets, type Figure, type SectionResult } from './bench/figures';
import { focusSection } from './bench/focus-timing';
import { lighthouseSection } from './bench/lighthouse';
import { pasteSection } from './bench/paste-timing';
import { startServer } from './bench/server';

const sectionNames = ['diagnose', 'diagnose-corpus', 'build', 'lighthouse', 'focus', 'paste'] as const;
type SectionName = (typeof sectionNames)[number];

const { values: options } = parseArgs({
  options: { 'skip-build': { type: 'boolean', default: false }, only: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const only = options.only?.split(',').map((name) => name.trim()).filter(Boolean) ?? [...sectionNames];
const unknown = only.filter((name) => !(sectionNames as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown section ${unknown.join(', ')}: choose from ${sectionNames.join(', ')}.`);
  process.exit(2);
}
const wanted = (name: SectionName): boolean => only.includes(name);

const dist = join(process.cwd(), 'dist');
const needsDist = wanted('build') || wanted('lighthouse') || wanted('focus') || wanted('paste');
if (needsDist && !options['skip-build']) {
  progress('npm run build');
  // The build's own output goes to stderr with the progress, so stdout stays the results.
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
  if (build.status !== 0) {
    console.error('npm run build failed: nothing measured.');
    process.exit(1);
  }
}
const missing = ['index.html', '.vite/manifest.json'].filter((file) => needsDist && !existsSync(join(dist, file)));
if (missing.length > 0) {
  console.error(`dist/ has no ${missing.join(' or ')}: run npm run build first (or wait for the build in progress).`);
  process.exit(1);
}

const budgets = readBudgets();
const results: Partial<Record<SectionName, SectionResult>> = {};
const guard = async (name: SectionName, run: () => SectionResult | Promise<SectionResult>): Promise<void> => {
  if (!wanted(name)) return;
  progress(name);
  try {
    results[name] = await run();
  } catch (error) {
    results[name] = { figures: [], problems: [`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`] };
  }
};

await guard('diagnose', diagnoseSection);
await guard('diagnose-corpus', diagnoseCorpusSection);
await guard('build', () => buildSection(dist));
if (wanted('lighthouse') || wanted('focus') || wanted('paste')) {
  const server = await startServer(dist);
  progress(`serving dist/ at ${server.origin}`);
  try {
    await guard('lighthouse', () => lighthouseSection(server.origin));
    await guard('focus', () => focusSection(server.origin));
    await guard('paste', () => pasteSection(server.origin));
  } finally {
    await server.stop();
  }
}

const figures: Figure[] = Object.values(results).flatMap((result) => result.figures);
const problems = Object.values(results).flatMap((result) => result.problems);
const over = figures.filter((figure) => isOverBudget(figure, budgets));
const report = {
  measuredAt: new Date().toISOString(),
  sections: only,
  figures: figures.map((figure) => ({ ...figure, budget: budgetOf(figure, budgets), over: isOverBudget(figure, budgets) })),
  over: over.map((figure) => `${figure.section}: ${figure.name}`),
  problems,
};
writeFileSync(join(process.cwd(), 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
progress('done; results in bench/results.json');
console.log(options.json ? JSON.stringify(report, null, 2) : formatTable(figures, budgets));

if (over.length > 0) {
  const describe = (figure: Figure): string => `${figure.section}: ${figure.name} (${figure.value.toFixed(figure.unit === 'ms' ? 1 : 0)} ${figure.atLeast ? '<' : '>'} ${budgetOf(figure, budgets)})`;
  console.error(`\nOver budget: ${over.map(describe).join('; ')}`);
}
if (problems.length > 0) console.error(`\nNot measured: ${problems.join('; ')}`);
process.exit(over.length > 0 || problems.length > 0 ? 1 : 0);
