/**
 * Proof against real gateways: starts nginx, Apache httpd, HAProxy and Caddy on 127.0.0.1 in front
 * of the lab's misbehaving upstreams, checks the status each one really returns, and checks that
 * `diagnose()` (src/diagnose) labels each case's real text with the right component
 * and cause. Runs when the four binaries are installed, or when RUN_GATEWAY_LAB=1 (then a missing one
 * fails). The stored fixtures are checked against `diagnose()` too, without any server.
 *
 *   npm run test:lab
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { diagnose as classify } from '../src/diagnose/index.ts';
import { COMPONENT, EXPECTED, pastedText, type Expectation } from './expected.ts';
import { GATEWAY_IDS, availableGateways, type GatewayId } from './gateways.ts';
import { runGateway, type GatewayFixture, type LabCase } from './lab.ts';
import { SCENARIOS } from './upstream.ts';

type Diagnose = (text: string) => { findings: readonly { component: string; cause: string; status: number }[] };

const diagnose: Diagnose = classify;
const FIXTURE_DIR = fileURLToPath(new URL('../src/diagnose/fixtures/gateways/', import.meta.url));

function expectDiagnosis(classify: Diagnose, gateway: GatewayId, labCase: LabCase, expectation: Expectation): void {
  if (expectation.cause === null) return;
  const text = pastedText(labCase);
  const { findings } = classify(text);
  const seen = JSON.stringify(findings.map((finding) => `${finding.component}/${finding.cause}`));
  if (expectation.cause === 'none') {
    expect(findings, `${gateway} ${labCase.scenario}: expected no finding, got ${seen}`).toEqual([]);
    return;
  }
  const allowed: string[] = [expectation.cause, ...(expectation.accept ?? [])];
  const match = findings.find((finding) => finding.component === COMPONENT[gateway] && allowed.includes(finding.cause));
  expect(
    match,
    `${gateway} ${labCase.scenario}: wanted a finding ${COMPONENT[gateway]}/${allowed.join(' or ')}, got ${seen}\n--- text ---\n${text.slice(0, 2000)}`,
  ).toBeDefined();
}

// ---------------------------------------------------------------------------------------------
// The stored fixtures: no server needed.

const fixtureFiles = fs.existsSync(FIXTURE_DIR) ? fs.readdirSync(FIXTURE_DIR).filter((file) => file.endsWith('.json')) : [];

describe('gateway fixtures', () => {
  it('has one fixture per gateway', () => {
    expect(fixtureFiles.sort()).toEqual(GATEWAY_IDS.map((id) => `${id}.json`).sort());
  });

  for (const file of fixtureFiles) {
    const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, file), 'utf8')) as GatewayFixture;
    describe(fixture.gateway, () => {
      it('is small and complete', () => {
        expect(fixture.collectedWith).toBe('gateway-lab');
        expect(fixture.cases.map((labCase) => labCase.scenario)).toEqual([...SCENARIOS]);
        for (const labCase of fixture.cases) expect(Buffer.byteLength(labCase.body)).toBeLessThanOrEqual(4096 + 8);
      });
      for (const labCase of fixture.cases) {
        it(`diagnose() labels ${labCase.scenario}`, () => {
          expectDiagnosis(diagnose, fixture.gateway, labCase, EXPECTED[fixture.gateway][labCase.scenario]);
        });
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The real gateways.

const binaries = availableGateways();
const missing = GATEWAY_IDS.filter((id) => !binaries[id]);
const forced = process.env.RUN_GATEWAY_LAB === '1';
const available = forced || missing.length === 0;
if (missing.length > 0) {
  console.warn(
    `gateway-lab: missing ${missing.join(', ')}${forced ? '' : ': real-gateway tests skipped'} (install with: bash gateway-lab/install-servers.sh)`,
  );
}

describe.skipIf(!available)('real gateways on 127.0.0.1', () => {
  const results = new Map<GatewayId, GatewayFixture | Error>();

  beforeAll(async () => {
    // Two gateways at a time: about 15 s for all four on 2 cores.
    for (let index = 0; index < GATEWAY_IDS.length; index += 2) {
      const batch = GATEWAY_IDS.slice(index, index + 2);
      const settled = await Promise.allSettled(batch.map((id) => runGateway(id)));
      settled.forEach((result, position) => {
        results.set(batch[position], result.status === 'fulfilled' ? result.value : (result.reason as Error));
      });
    }
  }, 120_000);

  for (const gateway of GATEWAY_IDS) {
    describe(gateway, () => {
      for (const scenario of SCENARIOS) {
        const expectation = EXPECTED[gateway][scenario];
        it(`${scenario} -> ${expectation.status ?? 'no HTTP response'}${expectation.cause ? `, ${expectation.cause}` : ''}`, () => {
          const result = results.get(gateway);
          if (result === undefined || result instanceof Error) throw result ?? new Error(`${gateway} did not run`);
          const labCase = result.cases.find((candidate) => candidate.scenario === scenario);
          expect(labCase, `${gateway} ran no ${scenario} case`).toBeDefined();
          const observed = labCase as LabCase;
          expect(observed.note, `${gateway} ${scenario}: ${observed.note}`).toBeUndefined();
          expect(
            observed.status,
            `${gateway} ${scenario}: status\n${[...observed.errorLog, ...observed.accessLog].join('\n')}`,
          ).toBe(expectation.status);
          expectDiagnosis(diagnose, gateway, observed, expectation);
        });
      }
    });
  }
});
