/**
 * The nginx and Apache configs of docs/security-headers.md, run by the real servers: each serves a
 * small build (a start page, a step, an asset, the worker, the 404 and link-too-long pages, an error
 * page and its preview) with the config taken from the doc as written, and every kind of response is
 * checked for every security header, the right policy and the right Cache-Control. Apache runs the
 * doc's virtual host and, on a second port, the same lines as dist/.htaccess. Skipped when a server is
 * not installed; with RUN_GATEWAY_LAB=1 (CI) a missing one fails.
 *
 *   npx vitest run --config gateway-lab/vitest.config.ts gateway-lab/static-hosts.test.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPagePreviews } from '../scripts/error-page-previews.ts';
import { CACHE_CONTROL, MAX_URL_LENGTH, errorPagesPolicyOf, securityHeaders } from '../scripts/security-headers.mjs';
import {
  apacheLoadModules,
  nginxSpec,
  findBinary,
  makeLabDir,
  releaseLabDir,
  startGateway,
  unprivilegedUser,
  type GatewaySpec,
  type RunningGateway,
} from './gateways.ts';
import { freePort } from './upstream.ts';

const repo = path.resolve(import.meta.dirname, '..');
const DOC = fs.readFileSync(path.join(repo, 'docs/security-headers.md'), 'utf8');
/** The folder the doc's configs serve, replaced by the test's own. */
const DOC_ROOT = '/srv/gateway-doctor/dist';

/** The first fenced block of a language in the doc: the config a reader copies. */
const docBlock = (language: string): string => {
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(DOC)?.[1];
  if (!block) throw new Error(`docs/security-headers.md has no \`\`\`${language} block`);
  return block;
};

/** Replaces text that must be in the doc's config, so a changed doc fails here instead of testing nothing. */
const replaceIn = (config: string, from: string, to: string): string => {
  if (!config.includes(from)) throw new Error(`the doc's config no longer has ${JSON.stringify(from)}`);
  return config.replaceAll(from, to);
};

/** A small build: one file of each kind the headers differ by, the real error page and its preview. */
const makeSite = (folder: string): void => {
  const templates = { 'nginx-502.html': fs.readFileSync(path.join(repo, 'public/error-pages/nginx-502.html'), 'utf8') };
  const files: Record<string, string> = {
    'index.html': 'start page',
    'step/x/index.html': 'step x',
    'assets/app-1234.js': 'console.log(1)',
    'es/assets/app-5678.js': 'console.log(2)',
    'sw.js': 'self.addEventListener("fetch", () => {})',
    '404.html': 'not found page',
    'link-too-long.html': fs.readFileSync(path.join(repo, 'public/link-too-long.html'), 'utf8'),
    ...Object.fromEntries(Object.entries(templates).map(([name, html]) => [`error-pages/${name}`, html])),
    ...Object.fromEntries(Object.entries(errorPagePreviews(templates)).map(([name, html]) => [`error-pages/${name}`, html])),
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), text);
  }
};

/** nginx serving the doc's server block for `site`, on the lab's port. */
const nginxFor = (site: string): GatewaySpec =>
  nginxSpec(
    ({ dir, port }) => `  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
${replaceIn(replaceIn(docBlock('nginx'), 'listen 80;', `listen 127.0.0.1:${port};`), DOC_ROOT, site)}`,
  );

const APACHE_MODULES = [
  ['mpm_event_module', 'mod_mpm_event.so'],
  ['authz_core_module', 'mod_authz_core.so'],
  ['unixd_module', 'mod_unixd.so'],
  ['log_config_module', 'mod_log_config.so'],
  ['mime_module', 'mod_mime.so'],
  ['dir_module', 'mod_dir.so'],
  ['headers_module', 'mod_headers.so'],
] as const;

/** The doc's lines that it says also work in dist/.htaccess. */
const htaccessLines = (vhost: string): string =>
  vhost
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(Header |ErrorDocument 404 |Options )/.test(line))
    .join('\n');

/** Apache with the doc's virtual host on `port`, and the .htaccess variant on `htaccessPort`. */
const apacheSpec = (site: string, htaccessSite: string, htaccessPort: number): GatewaySpec => ({
  id: 'apache',
  command: 'apache2',
  versionArgs: ['-v'],
  parseVersion: () => null,
  prepare: ({ dir, port, runAs }, binary) => ({
    args: ['-f', `${dir}/httpd.conf`, '-DFOREGROUND'],
    files: {
      'httpd.conf': `ServerRoot "${dir}"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
Listen 127.0.0.1:${htaccessPort}
PidFile "${dir}/httpd.pid"
DefaultRuntimeDir "${dir}/run"
Mutex file:${dir}/run default
${apacheLoadModules(binary, APACHE_MODULES).join('\n')}
${runAs ? `User ${runAs.user}\nGroup ${runAs.group}` : ''}
StartServers 1
ServerLimit 1
ThreadLimit 8
ThreadsPerChild 8
MaxRequestWorkers 8
MinSpareThreads 1
MaxSpareThreads 8
ErrorLog "${dir}/error.log"
LogLevel warn
TypesConfig /etc/mime.types
${replaceIn(replaceIn(docBlock('apache'), '<VirtualHost *:80>', `<VirtualHost 127.0.0.1:${port}>`), DOC_ROOT, site)}
<VirtualHost 127.0.0.1:${htaccessPort}>
    DocumentRoot "${htaccessSite}"
    <Directory "${htaccessSite}">
        Require all granted
        AllowOverride FileInfo Options=Indexes
    </Directory>
</VirtualHost>
`,
    },
    errorLog: [{ file: `${dir}/error.log` }],
    accessLog: [],
    dirs: ['run'],
  }),
});

interface Probe {
  /** What the test is called: the path, or what it stands for. */
  name?: string;
  path: string;
  status: number;
  cache?: 'asset';
  policy?: 'error-pages';
  body?: string;
}

const LONG_LINK = `/step/x/?url=${'a'.repeat(MAX_URL_LENGTH + 100)}`;

const PROBE_LIST: Probe[] = [
  { path: '/', status: 200, body: 'start page' },
  { path: '/step/x/', status: 200, body: 'step x' },
  { path: '/assets/app-1234.js', status: 200, cache: 'asset' },
  { path: '/es/assets/app-5678.js', status: 200, cache: 'asset' },
  { path: '/sw.js', status: 200 },
  { path: '/no/such/page', status: 404, body: 'not found page' },
  { path: '/assets/app-9999.js', status: 404, body: 'not found page' },
  { path: '/error-pages/nginx-502.html', status: 200, policy: 'error-pages' },
  { path: '/error-pages/preview/nginx/', status: 200, policy: 'error-pages' },
  { name: `a link of ${LONG_LINK.length} characters`, path: LONG_LINK, status: 414, body: 'This link is too long' },
];
const PROBES = PROBE_LIST.map((probe) => ({ ...probe, name: probe.name ?? probe.path }));

const checkProbe = async (origin: string, probe: Probe, errorPagesPolicy: string): Promise<void> => {
  const shown = probe.name ?? probe.path;
  const response = await fetch(origin + probe.path, { redirect: 'manual' });
  const body = await response.text();
  expect(response.status, `status of ${shown}`).toBe(probe.status);
  if (probe.body) expect(body, `body of ${shown}`).toContain(probe.body);
  const expected: Record<string, string> = {
    ...securityHeaders,
    ...(probe.policy === 'error-pages' ? { 'Content-Security-Policy': errorPagesPolicy } : {}),
    'Cache-Control': probe.cache === 'asset' ? CACHE_CONTROL.asset : CACHE_CONTROL.other,
  };
  // Headers#get joins repeated headers with ", ": a header sent twice fails here too.
  for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${name} on ${shown}`).toBe(value);
};

const forced = process.env.RUN_GATEWAY_LAB === '1';

const describeServer = (command: string, run: (binary: string) => void): void => {
  const binary = findBinary(command);
  if (!binary) console.warn(`static hosts: ${command} is not installed${forced ? '' : ': its header test is skipped'} (bash gateway-lab/install-servers.sh)`);
  describe.skipIf(!binary && !forced)(`${command} with the config of docs/security-headers.md`, () => {
    if (!binary) {
      it(`needs ${command}`, () => {
        throw new Error(`RUN_GATEWAY_LAB=1 but ${command} is not installed`);
      });
      return;
    }
    run(binary);
  });
};

/** Starts a server on a fresh small build before the tests of a describe block and stops it after. */
const serving = (start: (dir: string) => Promise<{ gateway: RunningGateway; origins: string[] }>) => {
  const state = { dir: '', origins: [] as string[], policy: '', gateway: undefined as RunningGateway | undefined };
  beforeAll(async () => {
    state.dir = makeLabDir();
    const started = await start(state.dir);
    state.gateway = started.gateway;
    state.origins = started.origins;
    state.policy = errorPagesPolicyOf(path.join(state.dir, 'site/error-pages'));
  });
  afterAll(async () => {
    await state.gateway?.stop();
    if (state.dir) releaseLabDir(state.dir);
  });
  return state;
};

describeServer('nginx', (binary) => {
  const state = serving(async (dir) => {
    makeSite(path.join(dir, 'site'));
    const port = await freePort();
    const gateway = await startGateway(nginxFor(path.join(dir, 'site')), binary, { dir, port, routes: [], timeoutSeconds: 2, runAs: unprivilegedUser('nginx') });
    return { gateway, origins: [`http://127.0.0.1:${port}`] };
  });

  it.each(PROBES)('$name: status $status, every header', (probe) => checkProbe(state.origins[0], probe, state.policy));

  it('serves /step/x without its slash as the step', () => checkProbe(state.origins[0], { path: '/step/x', status: 200, body: 'step x' }, state.policy));
});

describeServer('apache2', (binary) => {
  const state = serving(async (dir) => {
    makeSite(path.join(dir, 'site'));
    makeSite(path.join(dir, 'site-htaccess'));
    fs.writeFileSync(path.join(dir, 'site-htaccess/.htaccess'), `${htaccessLines(docBlock('apache'))}\n`);
    const [port, htaccessPort] = [await freePort(), await freePort()];
    const spec = apacheSpec(path.join(dir, 'site'), path.join(dir, 'site-htaccess'), htaccessPort);
    const gateway = await startGateway(spec, binary, { dir, port, routes: [], timeoutSeconds: 2, runAs: unprivilegedUser('apache') });
    return { gateway, origins: [`http://127.0.0.1:${port}`, `http://127.0.0.1:${htaccessPort}`] };
  });

  it.each(PROBES)('$name: status $status, every header', (probe) => checkProbe(state.origins[0], probe, state.policy));

  it('redirects /step/x to /step/x/, with the headers', () => checkProbe(state.origins[0], { path: '/step/x', status: 301 }, state.policy));

  it.each(PROBES.filter((probe) => probe.status !== 414))('as dist/.htaccess, $name: status $status, every header', (probe) =>
    checkProbe(state.origins[1], probe, state.policy),
  );
});
