/**
 * The four real gateways of the lab: nginx, Apache httpd, HAProxy and Caddy from Debian's packages.
 * Each one gets a config file of the lab's own in a temp folder, listens on 127.0.0.1 only, runs in
 * the foreground as a child process in its own process group, and is stopped by its pid.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Scenario, Target } from './upstream.ts';

export const GATEWAY_IDS = ['nginx', 'apache', 'haproxy', 'caddy'] as const;
export type GatewayId = (typeof GATEWAY_IDS)[number];

/** One path prefix on the gateway (`/r01/`), sent to one upstream (or a pool of them). */
export interface Route {
  id: string;
  scenario: Scenario;
  targets: Target[];
}

export interface GatewayContext {
  /** The gateway's own folder (config, logs, pid file, temp files). */
  dir: string;
  port: number;
  routes: Route[];
  /** Connect and read timeout towards the upstream, in seconds. */
  timeoutSeconds: number;
  /** Set when the lab runs as root: the gateway's workers then run as this unprivileged user. */
  runAs: { user: string; group: string; uid: number; gid: number } | null;
}

type LogSpec = { file: string } | { stream: 'stdout' | 'stderr' };

interface Prepared {
  args: string[];
  files: Record<string, string>;
  errorLog: LogSpec[];
  accessLog: LogSpec[];
  spawn?: Pick<SpawnOptions, 'uid' | 'gid' | 'env'>;
  /** Folders to create before the start (relative to dir); owned by runAs when `chown` is set. */
  dirs?: string[];
  chown?: boolean;
}

export interface GatewaySpec {
  id: GatewayId;
  /** The command the package installs. */
  command: string;
  versionArgs: string[];
  /** Turns the output of the version command into e.g. "nginx/1.22.1". */
  parseVersion(output: string): string | null;
  prepare(context: GatewayContext, binary: string): Prepared;
  /** Health checks run from the start: a pool's case reads the logs from the gateway's start. */
  activeHealthChecks?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Configs

function unixPath(target: Target): string {
  if (target.kind !== 'unix') throw new Error('not a unix target');
  return target.path;
}

/**
 * nginx run by a lab test on 127.0.0.1: the lines every such config shares (in the foreground, one
 * worker, its pid, logs and temporary files under the test's own folder) around the lines of its
 * `http` block, which set the access log and the servers.
 */
export const nginxSpec = (
  httpLines: (context: GatewayContext) => string,
  parseVersion: GatewaySpec['parseVersion'] = () => null,
): GatewaySpec => ({
  id: 'nginx',
  command: 'nginx',
  versionArgs: ['-v'],
  parseVersion,
  prepare(context) {
    const { dir, runAs } = context;
    const conf = `# gateway-lab: nginx, 127.0.0.1 only
daemon off;
master_process on;
worker_processes 1;
${runAs ? `user ${runAs.user} ${runAs.group};` : ''}
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${dir}/tmp/${name};`).join('\n')}
${httpLines(context)}
}
`;
    return {
      args: ['-p', `${dir}/`, '-c', `${dir}/nginx.conf`, '-e', `${dir}/error.log`],
      files: { 'nginx.conf': conf },
      errorLog: [{ file: `${dir}/error.log` }],
      accessLog: [{ file: `${dir}/access.log` }],
      dirs: ['tmp'],
    };
  },
});

/** nginx in front of the lab's upstreams. */
const nginx = nginxSpec(
  ({ dir, port, routes, timeoutSeconds: t }) => {
    const upstreams: string[] = [];
    const locations = routes.map((route) => {
      if (route.targets.length > 1) {
        const servers = route.targets
          .map((target) => (target.kind === 'tcp' ? `    server 127.0.0.1:${target.port} max_fails=1 fail_timeout=30s;` : ''))
          .join('\n');
        upstreams.push(`  upstream pool_${route.id} {\n${servers}\n  }`);
        return `    location /${route.id}/ { proxy_pass http://pool_${route.id}/; }`;
      }
      const [target] = route.targets;
      const url =
        target.kind === 'unix'
          ? `http://unix:${target.path}:/`
          : `${target.tls ? 'https' : 'http'}://127.0.0.1:${target.port}/`;
      return `    location /${route.id}/ { proxy_pass ${url}; }`;
    });
    return `  access_log ${dir}/access.log combined;
  proxy_connect_timeout ${t}s;
  proxy_send_timeout ${t}s;
  proxy_read_timeout ${t}s;
${upstreams.join('\n')}
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
${locations.join('\n')}
  }`;
  },
  (out) => /nginx version: (nginx\/\S+)/.exec(out)?.[1] ?? null,
);

const APACHE_MODULES = [
  ['mpm_event_module', 'mod_mpm_event.so'],
  ['authz_core_module', 'mod_authz_core.so'],
  ['unixd_module', 'mod_unixd.so'],
  ['log_config_module', 'mod_log_config.so'],
  ['slotmem_shm_module', 'mod_slotmem_shm.so'],
  ['proxy_module', 'mod_proxy.so'],
  ['proxy_http_module', 'mod_proxy_http.so'],
  ['proxy_balancer_module', 'mod_proxy_balancer.so'],
  ['lbmethod_byrequests_module', 'mod_lbmethod_byrequests.so'],
  ['ssl_module', 'mod_ssl.so'],
] as const;

/** The LoadModule lines for these modules, leaving out those this apache2 binary has compiled in. */
export function apacheLoadModules(binary: string, wanted: readonly (readonly [name: string, file: string])[]): string[] {
  const modules = process.env.APACHE_MODULES_DIR ?? '/usr/lib/apache2/modules';
  // Debian compiles some modules in (mod_unixd, mod_log_config): loading them again is an error.
  const builtIn = spawnSync(binary, ['-l'], { encoding: 'utf8', timeout: 10_000 }).stdout ?? '';
  return wanted.filter(([, file]) => !builtIn.includes(`${file.replace(/\.so$/, '')}.c`)).map(([name, file]) => `LoadModule ${name} ${modules}/${file}`);
}

const apache: GatewaySpec = {
  id: 'apache',
  command: 'apache2',
  versionArgs: ['-v'],
  parseVersion: (out) => /Server version: (Apache\/\S+(?: \([^)]*\))?)/.exec(out)?.[1] ?? null,
  prepare({ dir, port, routes, timeoutSeconds: t, runAs }, binary) {
    const loads = apacheLoadModules(binary, APACHE_MODULES);
    const proxies = routes.map((route) => {
      if (route.targets.length > 1) {
        const members = route.targets
          .map((target) => (target.kind === 'tcp' ? `  BalancerMember http://127.0.0.1:${target.port} connectiontimeout=${t} timeout=${t}` : ''))
          .join('\n');
        // forcerecovery=off: once every member is in error state, the balancer says so instead of
        // retrying them all on every request (its default).
        return `<Proxy "balancer://pool${route.id}">\n${members}\n  ProxySet forcerecovery=off\n</Proxy>\nProxyPass "/${route.id}/" "balancer://pool${route.id}/"`;
      }
      const [target] = route.targets;
      const url =
        target.kind === 'unix'
          ? `unix:${unixPath(target)}|http://app-${route.id}/`
          : `${target.tls ? 'https' : 'http'}://127.0.0.1:${target.port}/`;
      return `ProxyPass "/${route.id}/" "${url}" connectiontimeout=${t} timeout=${t}`;
    });
    const conf = `# gateway-lab: Apache httpd (mod_proxy, mod_proxy_http, mod_ssl), 127.0.0.1 only
ServerRoot "${dir}"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile "${dir}/httpd.pid"
DefaultRuntimeDir "${dir}/run"
Mutex file:${dir}/run default
${loads.join('\n')}
${runAs ? `User ${runAs.user}\nGroup ${runAs.group}` : ''}
StartServers 1
ServerLimit 1
ThreadLimit 16
ThreadsPerChild 16
MaxRequestWorkers 16
MinSpareThreads 1
MaxSpareThreads 16
Timeout ${t + 3}
KeepAlive Off
ErrorLog "${dir}/error.log"
LogLevel warn
LogFormat "%h %l %u %t \\"%r\\" %>s %O \\"%{Referer}i\\" \\"%{User-Agent}i\\"" combined
CustomLog "${dir}/access.log" combined
ProxyTimeout ${t}
SSLProxyEngine on
SSLProxyVerify none
SSLProxyCheckPeerCN off
SSLProxyCheckPeerName off
SSLProxyCheckPeerExpire off
${proxies.join('\n')}
`;
    return {
      args: ['-f', `${dir}/httpd.conf`, '-DFOREGROUND'],
      files: { 'httpd.conf': conf },
      errorLog: [{ file: `${dir}/error.log` }],
      accessLog: [{ file: `${dir}/access.log` }],
      dirs: ['run'],
    };
  },
};

const haproxy: GatewaySpec = {
  id: 'haproxy',
  command: 'haproxy',
  activeHealthChecks: true,
  versionArgs: ['-v'],
  parseVersion: (out) => {
    const version = /HAProxy version (\S+)/.exec(out)?.[1];
    return version ? `HAProxy/${version}` : null;
  },
  prepare({ dir, port, routes, timeoutSeconds: t, runAs }) {
    const uses = routes.map((route) => `  use_backend be_${route.id} if { path_beg /${route.id}/ }`);
    const backends = routes.map((route) => {
      const servers = route.targets.map((target, index) => {
        const name = `s${index + 1}`;
        if (target.kind === 'unix') return `  server ${name} unix@${target.path}`;
        const tlsOptions = target.tls ? ' ssl verify none' : '';
        // A pool gets active health checks, as a load-balanced backend would have.
        const check = route.targets.length > 1 ? ' check inter 250ms fall 1 rise 2' : '';
        return `  server ${name} 127.0.0.1:${target.port}${tlsOptions}${check}`;
      });
      return `backend be_${route.id}\n${servers.join('\n')}`;
    });
    const cfg = `# gateway-lab: HAProxy, 127.0.0.1 only; logs go to stdout, which the lab reads
global
  log stdout format raw local0 info
  nbthread 1
${runAs ? `  user ${runAs.user}\n  group ${runAs.group}` : ''}

defaults
  mode http
  log global
  option httplog
  option dontlognull
  timeout connect ${t}s
  timeout client ${t + 3}s
  timeout server ${t}s
  timeout check ${t}s

frontend fe_lab
  bind 127.0.0.1:${port}
${uses.join('\n')}

${backends.join('\n\n')}
`;
    return {
      args: ['-f', `${dir}/haproxy.cfg`, '-db'],
      files: { 'haproxy.cfg': cfg },
      errorLog: [{ stream: 'stderr' }],
      accessLog: [{ stream: 'stdout' }],
    };
  },
};

const caddy: GatewaySpec = {
  id: 'caddy',
  command: 'caddy',
  versionArgs: ['version'],
  parseVersion: (out) => {
    const version = /v?(\d+\.\d+\.\d+\S*)/.exec(out)?.[1];
    return version ? `Caddy/${version}` : null;
  },
  prepare({ dir, port, routes, timeoutSeconds: t, runAs }) {
    const transport = (tls: boolean) =>
      `      transport http {\n${tls ? '        tls_insecure_skip_verify\n' : ''}        dial_timeout ${t}s\n        response_header_timeout ${t}s\n        max_response_header 32KB\n      }`;
    const handlers = routes.map((route) => {
      if (route.targets.length > 1) {
        const addresses = route.targets.map((target) => (target.kind === 'tcp' ? `127.0.0.1:${target.port}` : '')).join(' ');
        return `  handle_path /${route.id}/* {
    reverse_proxy ${addresses} {
      lb_policy first
      fail_duration 30s
      max_fails 1
${transport(false)}
    }
  }`;
      }
      const [target] = route.targets;
      const address =
        target.kind === 'unix' ? `unix/${target.path}` : `${target.tls ? 'https' : 'http'}://127.0.0.1:${target.port}`;
      const tls = target.kind === 'tcp' && target.tls;
      return `  handle_path /${route.id}/* {\n    reverse_proxy ${address} {\n${transport(tls)}\n    }\n  }`;
    });
    const caddyfile = `# gateway-lab: Caddy, 127.0.0.1 only, logs in JSON
{
  admin off
  auto_https off
  storage file_system ${dir}/data
  log {
    output file ${dir}/caddy.log
    format json
  }
}

http://:${port} {
  bind 127.0.0.1
  log {
    output file ${dir}/access.log
    format json
  }
${handlers.join('\n')}
}
`;
    const env = {
      PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin',
      HOME: dir,
      XDG_DATA_HOME: `${dir}/data`,
      XDG_CONFIG_HOME: `${dir}/config`,
    };
    return {
      args: ['run', '--config', `${dir}/Caddyfile`, '--adapter', 'caddyfile'],
      files: { Caddyfile: caddyfile },
      errorLog: [{ file: `${dir}/caddy.log` }],
      accessLog: [{ file: `${dir}/access.log` }],
      dirs: ['data', 'config'],
      chown: true,
      // Caddy has no directive to drop privileges (its package runs it as the user "caddy"): run it as
      // that user when the lab is root, so a socket of mode 000 means something to it.
      spawn: runAs ? { uid: runAs.uid, gid: runAs.gid, env } : { env },
    };
  },
};

export const GATEWAYS: Record<GatewayId, GatewaySpec> = {
  nginx,
  'apache': apache,
  haproxy,
  caddy,
};

// ---------------------------------------------------------------------------------------------
// Finding binaries and versions

const EXTRA_BIN_DIRS = ['/usr/sbin', '/usr/local/sbin', '/sbin', '/usr/bin', '/usr/local/bin'];

export function findBinary(command: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(':').filter(Boolean), ...EXTRA_BIN_DIRS];
  for (const folder of dirs) {
    const candidate = path.join(folder, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

export function gatewayVersion(spec: GatewaySpec, binary: string): string | null {
  const result = spawnSync(binary, spec.versionArgs, { encoding: 'utf8', timeout: 10_000 });
  return spec.parseVersion(`${result.stdout ?? ''}\n${result.stderr ?? ''}`);
}

/** Which of the four gateways are installed here: binary path or null. */
export function availableGateways(): Record<GatewayId, string | null> {
  return Object.fromEntries(GATEWAY_IDS.map((id) => [id, findBinary(GATEWAYS[id].command)])) as Record<
    GatewayId,
    string | null
  >;
}

/** When the lab runs as root: the unprivileged user its gateways' workers run as. */
export function unprivilegedUser(gatewayId: GatewayId): GatewayContext['runAs'] {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  // The user each package itself runs as, when it exists; else nobody.
  const preferred: Record<GatewayId, string> = {
    nginx: 'www-data',
    'apache': 'www-data',
    haproxy: 'haproxy',
    caddy: 'caddy',
  };
  for (const user of [preferred[gatewayId], 'nobody']) {
    const entry = lookupUser(user);
    if (entry) return entry;
  }
  return null;
}

function lookupUser(name: string): GatewayContext['runAs'] {
  try {
    const line = fs
      .readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((row) => row.startsWith(`${name}:`));
    if (!line) return null;
    const [, , uid, gid] = line.split(':');
    const groupLine = fs
      .readFileSync('/etc/group', 'utf8')
      .split('\n')
      .find((row) => row.split(':')[2] === gid);
    const group = groupLine?.split(':')[0];
    if (!group) return null;
    return { user: name, group, uid: Number(uid), gid: Number(gid) };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Logs

/** New lines of a log since the last `mark()`. */
export interface LogTail {
  mark(): void;
  lines(): string[];
}

class FileTail implements LogTail {
  private offset = 0;
  constructor(private readonly file: string) {}
  private size(): number {
    try {
      return fs.statSync(this.file).size;
    } catch {
      return 0;
    }
  }
  mark(): void {
    this.offset = this.size();
  }
  lines(): string[] {
    const size = this.size();
    if (size <= this.offset) return [];
    const fd = fs.openSync(this.file, 'r');
    try {
      const buffer = Buffer.alloc(size - this.offset);
      fs.readSync(fd, buffer, 0, buffer.length, this.offset);
      return splitLines(buffer.toString('utf8'));
    } finally {
      fs.closeSync(fd);
    }
  }
}

class StreamTail implements LogTail {
  private text = '';
  private offset = 0;
  attach(stream: NodeJS.ReadableStream | null): void {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      // Bounded: a gateway that floods its output cannot eat the lab's memory.
      if (this.text.length < 8 * 1024 * 1024) this.text += chunk;
    });
  }
  mark(): void {
    this.offset = this.text.length;
  }
  lines(): string[] {
    return splitLines(this.text.slice(this.offset));
  }
  all(): string {
    return this.text;
  }
}

function splitLines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

class MultiTail implements LogTail {
  constructor(private readonly tails: LogTail[]) {}
  mark(): void {
    for (const tail of this.tails) tail.mark();
  }
  lines(): string[] {
    return this.tails.flatMap((tail) => tail.lines());
  }
}

// ---------------------------------------------------------------------------------------------
// Processes

export interface RunningGateway {
  pid: number;
  port: number;
  errorLog: LogTail;
  accessLog: LogTail;
  /** What the process printed on stdout and stderr so far (for a failure message). */
  output(): string;
  stop(): Promise<void>;
}

/** Process groups the lab started and has not yet seen end: killed at exit whatever happens. */
const live = new Set<number>();
/** Temp folders not yet removed: removed at exit whatever happens. */
const labDirs = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of live) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const dir of labDirs) fs.rmSync(dir, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => process.exit(130));
  }
}

async function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Writes the gateway's config into `context.dir`, starts it and waits until it accepts connections. */
export async function startGateway(spec: GatewaySpec, binary: string, context: GatewayContext): Promise<RunningGateway> {
  installExitHook();
  const prepared = spec.prepare(context, binary);
  for (const folder of prepared.dirs ?? []) fs.mkdirSync(path.join(context.dir, folder), { recursive: true });
  for (const [name, text] of Object.entries(prepared.files)) fs.writeFileSync(path.join(context.dir, name), text);
  if (prepared.chown && context.runAs) chownTree(context.dir, context.runAs.uid, context.runAs.gid);

  const child = spawn(binary, prepared.args, {
    cwd: context.dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: prepared.spawn?.env ?? process.env,
    ...(prepared.spawn?.uid !== undefined ? { uid: prepared.spawn.uid, gid: prepared.spawn.gid } : {}),
  });
  const stdout = new StreamTail();
  const stderr = new StreamTail();
  stdout.attach(child.stdout);
  stderr.attach(child.stderr);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${spec.id}: could not start ${binary}`);
  live.add(pid);
  child.once('exit', () => live.delete(pid));
  child.on('error', () => {});

  const tail = (specs: LogSpec[]) =>
    new MultiTail(specs.map((log) => ('file' in log ? new FileTail(log.file) : log.stream === 'stdout' ? stdout : stderr)));
  const output = () => `${stdout.all()}${stderr.all()}`.trim();

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return;
    }
    if (await waitForExit(child, 3000)) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await waitForExit(child, 2000);
  };

  const deadline = Date.now() + 10_000;
  while (!(await canConnect(context.port))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`${spec.id} did not start listening on 127.0.0.1:${context.port}:\n${output()}`);
    }
    await sleep(50);
  }
  return {
    pid,
    port: context.port,
    errorLog: tail(prepared.errorLog),
    accessLog: tail(prepared.accessLog),
    output,
    stop,
  };
}

function chownTree(folder: string, uid: number, gid: number): void {
  fs.chownSync(folder, uid, gid);
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) chownTree(full, uid, gid);
    else fs.chownSync(full, uid, gid);
  }
}

/** A temp folder for one lab run, reachable (0755) by an unprivileged gateway worker. */
export function makeLabDir(): string {
  installExitHook();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-lab-'));
  fs.chmodSync(dir, 0o755);
  labDirs.add(dir);
  return dir;
}

/** Removes a folder made by makeLabDir, or (keep) only forgets it so the exit hook leaves it. */
export function releaseLabDir(dir: string, keep = false): void {
  labDirs.delete(dir);
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
}
