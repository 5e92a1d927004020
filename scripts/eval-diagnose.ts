/**
 * `npm run eval:diagnose`: scores diagnose() on the real-world corpus in bench/diagnose-corpus/*.json,
 * per split (scripts/eval/score.ts) and overall, and writes the figures to bench/diagnose-eval.json.
 * Prints the figures, the confusion table of causes and the misses of the train split; of the test
 * split only figures, so that nobody writes patterns from it.
 *
 *   npm run eval:diagnose              figures, train confusion table and train misses
 *   npm run eval:diagnose -- --quiet   figures only
 *   npm run eval:diagnose -- --why     each train miss with its label's reason
 *   npm run eval:diagnose -- --show=ID a train text in full and all findings (refused for test ids)
 *
 * Every text is timed on its first reading, in corpus order, in a process where diagnose() has not run
 * yet, so the slowest text includes the first call and each pattern's first use: wall time, the best of
 * three such processes (see below).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { causeConfusion, describe, figuresOf, is52x, scoreEntry, splitOf, type CorpusEntry, type Outcome, type Prediction } from './eval/score';

const { values: options } = parseArgs({ options: { quiet: { type: 'boolean', default: false }, why: { type: 'boolean', default: false }, show: { type: 'string', multiple: true }, 'first-readings': { type: 'boolean', default: false } } });

const corpusDir = join(process.cwd(), 'bench', 'diagnose-corpus');
const entries: CorpusEntry[] = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .flatMap((file) => JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as CorpusEntry[]);
const byId = new Map(entries.map((entry) => [entry.id, entry]));
if (byId.size !== entries.length) throw new Error('The corpus has duplicate ids.');

if (options.show) {
  const { diagnose } = await import('@/diagnose/index');
  for (const id of options.show) {
    const entry = byId.get(id);
    if (!entry || splitOf(id) !== 'train') {
      console.log(`${id}: not a train id`);
      continue;
    }
    console.log(`== ${id}: ${entry.component} ${entry.status} ${entry.cause}\n${entry.text}\n--`);
    for (const f of diagnose(entry.text).findings) console.log(`  ${f.patternId} ${f.component} ${f.status} ${f.cause} ${f.confidence} ${JSON.stringify(entry.text.slice(f.evidence.start, f.evidence.end))}`);
  }
  process.exit(0);
}

// Each text on its first reading, in corpus order, in a process where diagnose() has not run before:
// the wall time of each call, which is what a reader waits for. A call's CPU time also counts V8's
// compiler and garbage-collector threads, which work beside the call and delay nothing; its wall time on
// a shared machine also counts other processes, so each text gets its best of three fresh processes.
if (process.argv.includes('--first-readings')) {
  const { diagnose } = await import('@/diagnose/index');
  const wall: Record<string, number> = {};
  const found: Record<string, Prediction> = {};
  for (const entry of entries) {
    const start = performance.now();
    const [top] = diagnose(entry.text).findings;
    wall[entry.id] = performance.now() - start;
    found[entry.id] = top ? { component: top.component, status: top.status, cause: top.cause } : {};
  }
  // To a pipe the write completes later: exit only once it has (exiting at once cut the output at 64 KB).
  process.stdout.write(JSON.stringify({ wall, found }), () => process.exit(0));
  await new Promise(() => {});
}

const READINGS = 3;
const readings = Array.from({ length: READINGS }, () => {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--first-readings'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`eval:diagnose: a first reading failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as { wall: Record<string, number>; found: Record<string, Prediction> };
});
const predictions = new Map<string, Prediction>(Object.entries(readings[0].found));
const times = entries.map((entry) => ({ id: entry.id, ms: Math.min(...readings.map((r) => r.wall[entry.id])) }));

const { diagnose } = await import('@/diagnose/index');
// Warm: the best of three runs of each text, once everything is compiled.
const warmMs = entries.map((entry) => {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    diagnose(entry.text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
});

const outcomes: Outcome[] = entries.map((entry) => scoreEntry(entry, predictions.get(entry.id) ?? {}));
const train = outcomes.filter((o) => o.split === 'train');
const test = outcomes.filter((o) => o.split === 'test');
const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a));
const round = (ms: number) => Math.round(ms * 100) / 100;

const scored = (o: Outcome) => o.cause !== undefined;
const trainConfusion = causeConfusion(
  train.filter(scored).map((o) => ({ expected: byId.get(o.id)?.cause ?? '', got: predictions.get(o.id)?.cause ?? '(nothing)' })),
);
const report = {
  measuredAt: new Date().toISOString(),
  split: 'test: FNV-1a 32-bit hash of the id (UTF-8) mod 5 = 0; train: the rest',
  figures: { all: figuresOf(outcomes, byId), train: figuresOf(train, byId), test: figuresOf(test, byId) },
  // Wall milliseconds, best of three fresh processes: the first call of a fresh module, and the slowest
  // text on its first reading (the first call included); then the slowest warm text (best of 3 runs).
  firstCallMs: round(times[0].ms),
  slowestTextMs: round(slowest.ms),
  slowestWarmTextMs: round(Math.max(...warmMs)),
  // The id of the slowest text only when it is in the train split: test texts are not named.
  slowestTextId: splitOf(slowest.id) === 'train' ? slowest.id : '(test split)',
  trainCauseConfusion: trainConfusion,
};
writeFileSync(join(process.cwd(), 'bench', 'diagnose-eval.json'), `${JSON.stringify(report, null, 2)}\n`);

const pct = (value: number | null) => (value === null ? '   -' : `${value.toFixed(1)}%`.padStart(6));
const row = (name: string, f: ReturnType<typeof figuresOf>) =>
  `${name.padEnd(6)} ${String(f.texts).padStart(5)} ${pct(f.componentPct)} ${pct(f.statusPct)} ${pct(f.causeOf502Pct)} ${pct(f.causeOf52xPct)} ${pct(f.false502Pct)} ${pct(f.silentPct)}`;
console.log('split  texts  comp.  status cause502 cause52x false502 silent');
for (const [name, f] of Object.entries(report.figures)) console.log(row(name, f));
console.log(`first call ${report.firstCallMs} ms; slowest text on its first reading ${report.slowestTextMs} ms (${report.slowestTextId}); slowest warm text ${report.slowestWarmTextMs} ms (wall, best of ${READINGS} fresh processes)`);
if (options.quiet) process.exit(0);

// Where the misses are, by the label's component: counts only, for both splits (no test text is shown).
console.log('\nBy labelled component: texts, component right, silent (train | test):');
const byComponent = new Map<string, Outcome[]>();
for (const outcome of outcomes) {
  const component = (byId.get(outcome.id)?.component ?? '').replace(/^unknown:.*/, 'unknown:*');
  byComponent.set(component, [...(byComponent.get(component) ?? []), outcome]);
}
const counts = (list: readonly Outcome[]) =>
  `${String(list.length).padStart(3)} ${String(list.filter((o) => o.component).length).padStart(3)} ${String(list.filter((o) => o.silent).length).padStart(3)}`;
for (const [component, list] of [...byComponent].sort((a, b) => b[1].length - a[1].length))
  console.log(`  ${component.padEnd(22)} ${counts(list.filter((o) => o.split === 'train'))} | ${counts(list.filter((o) => o.split === 'test'))}`);

console.log('\nCauses of train 502s and 52x, expected -> got (count), misses only:');
for (const [expected, row] of Object.entries(trainConfusion))
  for (const [got, count] of Object.entries(row)) if (got !== expected) console.log(`  ${expected} -> ${got}: ${count}`);

console.log('\nTrain misses (test misses are never shown):');
for (const outcome of train) {
  const entry = byId.get(outcome.id);
  if (!entry) continue;
  const wrong = [!outcome.component && 'component', !outcome.status && 'status', outcome.cause === false && 'cause', outcome.false502 === true && 'false502'].filter(Boolean);
  if (wrong.length === 0) continue;
  const label = `${entry.component} ${entry.status} ${entry.cause}${is52x(entry.status) ? ' (52x)' : ''}`;
  console.log(`- ${entry.id} [${wrong.join(',')}] expected ${label}; got ${describe(predictions.get(entry.id) ?? {})}`);
  console.log(`    ${JSON.stringify(entry.text.slice(0, 120))}`);
  if (options.why) console.log(`    why: ${entry.why}`);
}
