/**
 * Runs one real gateway in front of the misbehaving upstreams, one request per scenario, and returns
 * what a person would see and paste: the status, the error page, the new error-log and access-log lines.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {
  GATEWAYS,
  findBinary,
  gatewayVersion,
  makeLabDir,
  releaseLabDir,
  startGateway,
  unprivilegedUser,
  type GatewayId,
  type LogTail,
  type Route,
} from './gateways.ts';
import { SCENARIOS, freePort, makeCertificate, startUpstream, type Scenario, type Upstream } from './upstream.ts';

/** The gateways' connect and read timeout towards the upstream, in seconds (keeps `hang` quick). */
export const TIMEOUT_SECONDS = 2;
/** The error page is kept up to this many bytes. */
export const BODY_LIMIT = 4096;
/** A log line longer than this is cut (a 64 KB header echoed into a log would bloat the fixture). */
export const LINE_LIMIT = 4096;

export interface LabCase {
  scenario: Scenario;
  /** The status the client got; null when it got no HTTP response at all. */
  status: number | null;
  /** The response body: the gateway's own error page, first 4 KB. */
  body: string;
  /** New lines of the gateway's error log (HAProxy: what it printed on stderr). */
  errorLog: string[];
  /** New lines of the access log (HAProxy: its request log, with the termination flags). */
  accessLog: string[];
  /** Requests sent for this case when more than one (the last one is recorded). */
  requests?: number;
  /** The client's error when it got no complete response. */
  clientError?: string;
  /** Why the case is not what its name says, when the lab could not make it happen. */
  note?: string;
  /** What a classifier should find in this case's text (from gateway-lab/expected.ts). */
  expected?: { component: string; cause: string | null; accept?: string[]; why?: string };
}

export interface GatewayFixture {
  gateway: GatewayId;
  version: string;
  collectedWith: 'gateway-lab';
  cases: LabCase[];
}

export interface RunOptions {
  scenarios?: readonly Scenario[];
  log?: (line: string) => void;
  /** Keep the temp folder (configs, logs) for a look afterwards. */
  keep?: boolean;
}

/**
 * Scenarios whose gateway state builds up over several requests: this many requests go first, and
 * the case records the last one with the log lines of all of them.
 */
const WARM_UP: Partial<Record<Scenario, number>> = { 'all-backends-down': 2 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Response {
  status: number | null;
  body: string;
  clientError?: string;
}

function request(port: number, routeId: string): Promise<Response> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let status: number | null = null;
    let settled = false;
    const finish = (clientError?: string) => {
      if (settled) return;
      settled = true;
      const body = Buffer.concat(chunks).subarray(0, BODY_LIMIT).toString('utf8');
      resolve(clientError ? { status, body, clientError } : { status, body });
    };
    const req = http.get(
      {
        host: '127.0.0.1',
        port,
        path: `/${routeId}/`,
        agent: false,
        maxHeaderSize: 1024 * 1024,
        headers: { 'User-Agent': 'gateway-lab', Accept: 'text/html,*/*', Connection: 'close' },
      },
      (res) => {
        status = res.statusCode ?? null;
        res.on('data', (chunk: Buffer) => {
          if (kept < BODY_LIMIT) {
            chunks.push(chunk);
            kept += chunk.length;
          }
        });
        res.on('end', () => finish());
        res.on('aborted', () => finish('response aborted'));
        res.on('error', (error) => finish(error.message));
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error('no response within 15 s')));
    req.on('error', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }) => {
      // A response the client cannot parse (nginx passing on an upstream's garbage as HTTP/0.9):
      // keep the bytes it got as the body.
      if (chunks.length === 0 && Buffer.isBuffer(error.rawPacket)) chunks.push(error.rawPacket);
      finish(error.code ? `${error.code}: ${error.message}` : error.message);
    });
  });
}

/** Waits until the access log has a new line (every gateway writes one per request), then a moment more. */
async function settleLogs(access: LogTail, before: number): Promise<void> {
  const deadline = Date.now() + 2000;
  while (access.lines().length <= before && Date.now() < deadline) await sleep(25);
  await sleep(60);
}

const trimLine = (line: string) =>
  line.length > LINE_LIMIT ? `${line.slice(0, LINE_LIMIT)}[... ${line.length - LINE_LIMIT} more characters cut by gateway-lab]` : line;

/** Runs every scenario through one gateway. Starts and stops everything it needs. */
export async function runGateway(id: GatewayId, options: RunOptions = {}): Promise<GatewayFixture> {
  const spec = GATEWAYS[id];
  const log = options.log ?? (() => {});
  const binary = findBinary(spec.command);
  if (!binary) throw new Error(`${id}: ${spec.command} is not installed (bash gateway-lab/install-servers.sh)`);
  const version = gatewayVersion(spec, binary) ?? `${spec.command} (version unknown)`;

  const dir = makeLabDir();
  const gatewayDir = path.join(dir, 'gateway');
  const socketDir = path.join(dir, 'sockets');
  fs.mkdirSync(gatewayDir, { mode: 0o755 });
  fs.mkdirSync(socketDir, { mode: 0o755 });

  const wanted = options.scenarios ?? SCENARIOS;
  const ordered = [...wanted].sort((a, b) => Number(b in WARM_UP) - Number(a in WARM_UP));
  const certificate = wanted.includes('tls-when-plain-expected') ? makeCertificate(dir) : null;

  const upstreams: Upstream[] = [];
  const routes: (Route & { upstream: Upstream })[] = [];
  const cases: LabCase[] = [];
  let gateway: Awaited<ReturnType<typeof startGateway>> | null = null;
  try {
    for (const [index, scenario] of ordered.entries()) {
      if (scenario === 'tls-when-plain-expected' && !certificate) {
        cases.push({ scenario, status: null, body: '', errorLog: [], accessLog: [], note: 'skipped: no openssl to make a certificate' });
        continue;
      }
      const routeId = `r${String(index + 1).padStart(2, '0')}`;
      const upstream = await startUpstream(scenario, { dir: socketDir, name: `app-${routeId}`, certificate });
      upstreams.push(upstream);
      routes.push({ id: routeId, scenario, targets: upstream.targets, upstream });
    }

    const port = await freePort();
    const runAs = unprivilegedUser(id);
    gateway = await startGateway(spec, binary, { dir: gatewayDir, port, routes, timeoutSeconds: TIMEOUT_SECONDS, runAs });
    log(`${id}: ${version} listening on 127.0.0.1:${port} (pid ${gateway.pid}${runAs ? `, workers as ${runAs.user}` : ''})`);

    for (const [index, route] of routes.entries()) {
      const warmUp = WARM_UP[route.scenario] ?? 0;
      // A gateway with active health checks (HAProxy) writes its verdicts on a pool from its start:
      // the pool's case runs first and reads the logs from there. Every other case reads from just
      // before its first request.
      if (!(index === 0 && warmUp > 0 && spec.activeHealthChecks)) {
        gateway.errorLog.mark();
        gateway.accessLog.mark();
      }
      if (warmUp > 0 && spec.activeHealthChecks) await sleep(800);
      const started = Date.now();
      let response: Response = { status: null, body: '' };
      for (let attempt = 0; attempt <= warmUp; attempt += 1) {
        const before = gateway.accessLog.lines().length;
        response = await request(port, route.id);
        await settleLogs(gateway.accessLog, before);
      }
      const labCase: LabCase = {
        scenario: route.scenario,
        status: response.status,
        body: response.body,
        errorLog: gateway.errorLog.lines().map(trimLine),
        accessLog: gateway.accessLog.lines().map(trimLine),
      };
      if (warmUp > 0) labCase.requests = warmUp + 1;
      if (response.clientError) labCase.clientError = response.clientError;
      if (route.scenario === 'unix-socket-unreadable' && route.upstream.connections() > 0) {
        labCase.note = 'the gateway reached the socket despite its mode 000: it connected as root';
      }
      cases.push(labCase);
      log(`${id}: ${route.scenario.padEnd(24)} ${String(response.status ?? response.clientError).padEnd(4)} ${Date.now() - started} ms`);
    }
  } catch (error) {
    const output = gateway?.output();
    throw new Error(`${id}: ${(error as Error).message}${output ? `\n${output}` : ''}`, { cause: error });
  } finally {
    await gateway?.stop();
    await Promise.all(upstreams.map((upstream) => upstream.close()));
    releaseLabDir(dir, options.keep);
    if (options.keep) log(`${id}: kept ${dir}`);
  }

  const order = new Map(wanted.map((scenario, index) => [scenario, index]));
  cases.sort((a, b) => (order.get(a.scenario) ?? 0) - (order.get(b.scenario) ?? 0));
  return { gateway: id, version, collectedWith: 'gateway-lab', cases };
}
