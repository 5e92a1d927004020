/**
 * A small upstream of the lab's own that misbehaves on cue, so a real gateway in front of it writes
 * its real error page and its real error-log lines. Node's net, tls and http only; everything listens
 * on 127.0.0.1 (or on a unix socket in the lab's temp folder) and is closed by `close()`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';

export const SCENARIOS = [
  'ok',
  'refuse',
  'reset-mid-response',
  'close-before-headers',
  'malformed-status-line',
  'malformed-header',
  'oversized-headers',
  'hang',
  'tls-when-plain-expected',
  'plain-when-tls-expected',
  'unix-socket-missing',
  'unix-socket-unreadable',
  'all-backends-down',
] as const;

export type Scenario = (typeof SCENARIOS)[number];

/** Where the gateway is to send the request. `tls`: the gateway speaks TLS to it. */
export type Target =
  | { kind: 'tcp'; host: '127.0.0.1'; port: number; tls: boolean }
  | { kind: 'unix'; path: string };

export interface Upstream {
  scenario: Scenario;
  /** One target, or several for a pool (all-backends-down). */
  targets: Target[];
  /** Connections the upstream accepted: 0 for a scenario whose point is that none get through. */
  connections(): number;
  close(): Promise<void>;
}

export interface UpstreamOptions {
  /** A folder of the lab's own (mode 0755 so an unprivileged gateway can reach its sockets). */
  dir: string;
  /** A short neutral name used in socket paths, so no log line names the scenario. */
  name: string;
  /** PEM key and certificate for the TLS upstream; made by `makeCertificate`. */
  certificate?: Certificate | null;
}

export interface Certificate {
  key: string;
  cert: string;
}

const OK_RESPONSE =
  'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n';

/** A self-signed certificate for 127.0.0.1 made with the openssl command, or null when it is missing. */
export function makeCertificate(dir: string): Certificate | null {
  const keyPath = path.join(dir, 'upstream-key.pem');
  const certPath = path.join(dir, 'upstream-cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', keyPath, '-out', certPath, '-days', '2', '-subj', '/CN=127.0.0.1',
        '-addext', 'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore', timeout: 10_000 },
    );
    return { key: fs.readFileSync(keyPath, 'utf8'), cert: fs.readFileSync(certPath, 'utf8') };
  } catch {
    return null;
  }
}

/**
 * Ports this process has handed out (refused targets, gateways) or listens on: a later pick skips
 * them, so a "nothing listens here" port never turns into another scenario's upstream.
 */
const taken = new Set<number>();

/** A port on 127.0.0.1 that was free a moment ago (bound, then closed), and not handed out before. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (!taken.has(port)) {
      taken.add(port);
      return port;
    }
  }
  throw new Error('no free port on 127.0.0.1 after 50 tries');
}

/** Calls `onRequest` once the request's head (up to the blank line) has arrived, at most 64 KB read. */
function onRequestHead(socket: net.Socket, onRequest: () => void): void {
  let seen = '';
  let done = false;
  socket.on('data', (chunk: Buffer) => {
    if (done) return;
    seen += chunk.toString('latin1');
    if (seen.includes('\r\n\r\n') || seen.length > 65_536) {
      done = true;
      onRequest();
    }
  });
}

interface Tracked {
  server: net.Server;
  sockets: Set<net.Socket>;
  count: { value: number };
}

function track(server: net.Server): Tracked {
  const sockets = new Set<net.Socket>();
  const count = { value: 0 };
  // For a TLS server this is the raw TCP connection: counted even when the handshake fails.
  server.on('connection', (socket: net.Socket) => {
    count.value += 1;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('error', () => {});
  return { server, sockets, count };
}

async function listen(server: net.Server, where: { port: number } | { path: string }): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      if ('path' in where) server.listen(where.path, () => resolve());
      else server.listen(where.port, '127.0.0.1', () => resolve());
    });
    if ('path' in where) return;
    const { port } = server.address() as net.AddressInfo;
    if (!taken.has(port)) {
      taken.add(port);
      return;
    }
    // The kernel gave us a port already handed out as a refused target: take another.
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  throw new Error('no free port on 127.0.0.1 after 50 tries');
}

function closer(tracked: Tracked, extra?: () => void): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of tracked.sockets) socket.destroy();
      extra?.();
      if (!tracked.server.listening) return resolve();
      tracked.server.close(() => resolve());
    });
}

function tcpTarget(server: net.Server, gatewaySpeaksTls = false): Target {
  const { port } = server.address() as net.AddressInfo;
  return { kind: 'tcp', host: '127.0.0.1', port, tls: gatewaySpeaksTls };
}

/** A raw TCP upstream that runs `behave` once the request head has arrived. */
async function rawUpstream(
  scenario: Scenario,
  behave: (socket: net.Socket) => void,
): Promise<Upstream> {
  const tracked = track(net.createServer((socket) => onRequestHead(socket, () => behave(socket))));
  await listen(tracked.server, { port: 0 });
  return {
    scenario,
    targets: [tcpTarget(tracked.server)],
    connections: () => tracked.count.value,
    close: closer(tracked),
  };
}

/** A plain HTTP server that answers 200 "ok" on TCP or on a unix socket. */
async function okServer(
  scenario: Scenario,
  where: { port: number } | { path: string },
  gatewaySpeaksTls = false,
): Promise<{ upstream: Upstream; server: http.Server }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain', Connection: 'close' });
    response.end('ok\n');
  });
  const tracked = track(server);
  await listen(server, where);
  const target: Target = 'path' in where ? { kind: 'unix', path: where.path } : tcpTarget(server, gatewaySpeaksTls);
  return {
    server,
    upstream: {
      scenario,
      targets: [target],
      connections: () => tracked.count.value,
      close: closer(tracked, () => server.closeAllConnections()),
    },
  };
}

// Below every system's ephemeral range (Linux starts at 32768, macOS and Windows at 49152): no process
// is handed one of these for listen(0), as a port freePort() has just closed can be, by the kernel, to
// a test server in another process running beside the lab.
const REFUSED_PORTS = { from: 20_000, count: 10_000 };

/** Whether nothing listens on `port` of 127.0.0.1 right now. */
const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/** A port where nothing listens and nothing will: connecting to it is refused. */
async function refusedTarget(): Promise<Target> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = REFUSED_PORTS.from + Math.floor(Math.random() * REFUSED_PORTS.count);
    if (taken.has(port) || !(await portIsFree(port))) continue;
    taken.add(port);
    return { kind: 'tcp', host: '127.0.0.1', port, tls: false };
  }
  throw new Error(`no free port on 127.0.0.1 between ${REFUSED_PORTS.from} and ${REFUSED_PORTS.from + REFUSED_PORTS.count} after 50 tries`);
}

/** Starts the upstream for one scenario. */
export async function startUpstream(scenario: Scenario, options: UpstreamOptions): Promise<Upstream> {
  switch (scenario) {
    case 'ok':
      return (await okServer(scenario, { port: 0 })).upstream;

    case 'refuse':
      return { scenario, targets: [await refusedTarget()], connections: () => 0, close: async () => {} };

    case 'all-backends-down':
      // A pool of two servers, neither listening: the gateway marks both as failed, and a later
      // request finds no server left to try.
      return {
        scenario,
        targets: [await refusedTarget(), await refusedTarget()],
        connections: () => 0,
        close: async () => {},
      };

    case 'reset-mid-response':
      // A status line and part of the headers, then a TCP reset (SO_LINGER 0) before the blank line.
      return rawUpstream(scenario, (socket) => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nCache-Control: no-store\r\n', () => {
          setTimeout(() => socket.resetAndDestroy(), 50);
        });
      });

    case 'close-before-headers':
      // Reads the request, then closes cleanly (FIN) without a byte of response.
      return rawUpstream(scenario, (socket) => socket.end());

    case 'malformed-status-line':
      return rawUpstream(scenario, (socket) => {
        socket.end('HTTP/1.1 2OO OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n');
      });

    case 'malformed-header':
      // A valid status line, then a header line without a colon: an application's notice printed
      // into its response head.
      return rawUpstream(scenario, (socket) => {
        socket.end(
          'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nNotice Undefined variable in /srv/app/index.php on line 12\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n',
        );
      });

    case 'oversized-headers':
      // One 64 KB Set-Cookie: more than the response-header buffer of most gateways.
      return rawUpstream(scenario, (socket) => {
        const cookie = `session=${'a'.repeat(64 * 1024)}; Path=/; HttpOnly`;
        socket.end(
          `HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nSet-Cookie: ${cookie}\r\nContent-Length: 3\r\nConnection: close\r\n\r\nok\n`,
        );
      });

    case 'hang':
      // Accepts and reads, never answers; `close()` destroys the connection.
      return rawUpstream(scenario, () => {});

    case 'tls-when-plain-expected': {
      if (!options.certificate) throw new Error('tls-when-plain-expected needs a certificate (openssl)');
      const server = tls.createServer({ key: options.certificate.key, cert: options.certificate.cert }, (socket) => {
        onRequestHead(socket, () => socket.end(OK_RESPONSE));
      });
      const tracked = track(server);
      server.on('tlsClientError', () => {});
      await listen(server, { port: 0 });
      return {
        scenario,
        targets: [tcpTarget(server, false)],
        connections: () => tracked.count.value,
        close: closer(tracked),
      };
    }

    case 'plain-when-tls-expected':
      // A plain HTTP server; the gateway is configured to speak TLS to it.
      return (await okServer(scenario, { port: 0 }, true)).upstream;

    case 'unix-socket-missing': {
      const socketPath = path.join(options.dir, `${options.name}.sock`);
      fs.rmSync(socketPath, { force: true });
      return { scenario, targets: [{ kind: 'unix', path: socketPath }], connections: () => 0, close: async () => {} };
    }

    case 'unix-socket-unreadable': {
      // A working HTTP server on a unix socket whose mode is 000: only root may connect, and the
      // gateway's workers do not run as root.
      const socketPath = path.join(options.dir, `${options.name}.sock`);
      fs.rmSync(socketPath, { force: true });
      const { upstream } = await okServer(scenario, { path: socketPath });
      fs.chmodSync(socketPath, 0o000);
      const close = upstream.close;
      return {
        ...upstream,
        close: async () => {
          await close();
          fs.rmSync(socketPath, { force: true });
        },
      };
    }
  }
}
