// Starts scripts/serve.mjs (the production server, CSP included) on a free 127.0.0.1 port for the
// browser sections, and stops it by its own process id.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

const freePort = async (): Promise<number> => {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
};

export interface RunningServer {
  readonly origin: string;
  readonly stop: () => Promise<void>;
}

/** Serves `dist` with scripts/serve.mjs and resolves once it answers. */
export const startServer = async (dist: string): Promise<RunningServer> => {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.mjs', dist], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = once(child, 'exit');
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`scripts/serve.mjs did not answer on ${origin} within 10 s`);
};
