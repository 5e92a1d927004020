/**
 * `npm run lab:collect [-- nginx caddy ...] [--keep] [--serial]`
 *
 * Runs every scenario through every installed gateway and writes one fixture per gateway to
 * src/diagnose/fixtures/gateways/<gateway>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPONENT, EXPECTED } from './expected.ts';
import { GATEWAY_IDS, availableGateways, type GatewayId } from './gateways.ts';
import { runGateway, type GatewayFixture } from './lab.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../src/diagnose/fixtures/gateways/', import.meta.url));

/** Adds to every case what a classifier should find in it, so unit tests can use the file alone. */
export function withExpectations(fixture: GatewayFixture): GatewayFixture {
  return {
    ...fixture,
    cases: fixture.cases.map((labCase) => {
      const { cause, accept, why } = EXPECTED[fixture.gateway][labCase.scenario];
      return {
        ...labCase,
        expected: {
          component: COMPONENT[fixture.gateway],
          cause,
          ...(accept ? { accept } : {}),
          ...(why ? { why } : {}),
        },
      };
    }),
  };
}

export function writeFixture(fixture: GatewayFixture): string {
  fs.mkdirSync(FIXTURE_DIR, { recursive: true });
  const file = path.join(FIXTURE_DIR, `${fixture.gateway}.json`);
  fs.writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
  return file;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const keep = args.includes('--keep');
  const serial = args.includes('--serial');
  const named = args.filter((arg) => !arg.startsWith('--'));
  for (const name of named) {
    if (!(GATEWAY_IDS as readonly string[]).includes(name)) {
      console.error(`unknown gateway "${name}": one of ${GATEWAY_IDS.join(', ')}`);
      return 2;
    }
  }
  const wanted = (named.length > 0 ? named : GATEWAY_IDS) as GatewayId[];
  const binaries = availableGateways();
  const missing = wanted.filter((id) => !binaries[id]);
  if (missing.length > 0) {
    console.error(`missing: ${missing.join(', ')} (install with: bash gateway-lab/install-servers.sh)`);
  }
  const present = wanted.filter((id) => binaries[id]);
  if (present.length === 0) return 1;

  const started = Date.now();
  const differences: string[] = [];
  const log = (line: string) => console.log(line);
  const run = async (id: GatewayId) => {
    const fixture = await runGateway(id, { log, keep });
    const file = writeFixture(withExpectations(fixture));
    console.log(`${id}: wrote ${path.relative(process.cwd(), file)} (${fixture.cases.length} cases)`);
    for (const labCase of fixture.cases) {
      const expected = EXPECTED[id][labCase.scenario].status;
      if (labCase.status !== expected) {
        differences.push(`${id} ${labCase.scenario}: got ${labCase.status ?? labCase.clientError}, gateway-lab/expected.ts says ${expected}`);
      }
    }
  };
  // Two at a time by default: the four gateways' hang scenarios overlap, and 2 cores stay unloaded.
  let failed = 0;
  const settle = async (ids: GatewayId[]) => {
    const results = await Promise.allSettled(ids.map(run));
    for (const result of results) {
      if (result.status === 'rejected') {
        failed += 1;
        console.error(String((result.reason as Error).message ?? result.reason));
      }
    }
  };
  const batch = serial ? 1 : 2;
  for (let index = 0; index < present.length; index += batch) await settle(present.slice(index, index + batch));
  for (const difference of differences) console.warn(`differs: ${difference}`);
  console.log(`gateway-lab: ${present.length - failed} of ${wanted.length} gateways collected in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failed > 0 || missing.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
