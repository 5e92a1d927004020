import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../src/context/parse-context.ts';
import { readTemplates } from './error-page-templates.ts';
import { errorPagePreviews } from './error-page-previews.ts';
import {
  CACHE_CONTROL,
  CONTENT_SECURITY_POLICY,
  MAX_URL_LENGTH,
  PERMISSIONS_POLICY,
  errorPagesPolicy,
  inlineStyleSources,
  securityHeaders,
} from './security-headers.mjs';

// What scripts/serve.mjs sends, against every place that quotes it. The nginx and Apache configs are
// also served by the real servers in gateway-lab/static-hosts.test.ts.
const repo = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(repo, file), 'utf8');
const QUOTING = ['README.md', 'docs/security-headers.md', 'public/_headers'];

/** The policy the error pages need: their inline styles and those of the previews the build writes. */
const templatesDir = join(repo, 'public/error-pages');
const templates = readTemplates(templatesDir);
const ERROR_PAGES_POLICY = errorPagesPolicy(
  [...Object.values(templates), ...Object.values(errorPagePreviews(templates))].flatMap(inlineStyleSources),
);

describe('the headers have one source', () => {
  it.each(QUOTING)('%s quotes the policies exactly as the server sends them', (file) => {
    const text = read(file);
    expect(text).toContain(CONTENT_SECURITY_POLICY);
    expect(text).toContain(PERMISSIONS_POLICY);
    // Any other Content-Security-Policy or Permissions-Policy quoted there is a stale copy.
    const policies = text.match(/default-src[^"\n]*/g) ?? [];
    for (const policy of policies) expect([CONTENT_SECURITY_POLICY, ERROR_PAGES_POLICY]).toContain(policy);
    for (const policy of text.match(/accelerometer=[^"\n]*/g) ?? []) expect(policy).toBe(PERMISSIONS_POLICY);
  });

  it.each(['docs/security-headers.md', 'public/_headers'])('%s gives the error pages the policy of their styles', (file) => {
    expect(read(file)).toContain(ERROR_PAGES_POLICY);
  });

  it("docs/error-pages.md gives the templates' own style, shared by all six, for a site that sends a policy", () => {
    const sources = new Set(Object.values(templates).flatMap(inlineStyleSources));
    expect(sources.size).toBe(1);
    expect(read('docs/error-pages.md')).toContain(`style-src ${[...sources][0]};`);
  });

  it('allows the error pages their styles by hash only', () => {
    expect(ERROR_PAGES_POLICY).toMatch(/style-src( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    expect(ERROR_PAGES_POLICY.replace(/style-src [^;]*/, '')).toBe(CONTENT_SECURITY_POLICY.replace(/style-src [^;]*/, ''));
    expect(ERROR_PAGES_POLICY).not.toContain('unsafe-inline');
  });

  it('denies features with names a browser knows, and keeps clipboard-write for the site itself', () => {
    const features = PERMISSIONS_POLICY.split(', ');
    for (const feature of features) expect(feature).toMatch(/^[a-z-]+=\((self)?\)$/);
    expect(new Set(features.map((feature) => feature.split('=')[0])).size).toBe(features.length);
    expect(features.filter((feature) => feature.endsWith('(self)'))).toEqual(['clipboard-write=(self)']);
  });

  it('calls a link too long exactly where the app stops reading its query', () => {
    expect(MAX_URL_LENGTH).toBe(MAX_QUERY_LENGTH);
  });
});

// public/_headers as each host applies it, from their documentation and their open-source parsers
// (netlify/build headers-parser; Cloudflare's asset-worker attachCustomHeaders): every rule whose
// path matches applies, in order. Netlify: a later value of a header replaces an earlier one, and a
// line without a colon is skipped. Cloudflare Pages: values are joined with ", ", and "! Name" drops
// what earlier rules set, before the rule's own headers.
type Rule = { path: string; set: [string, string][]; unset: string[] };

const parseHeadersFile = (text: string): Rule[] => {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), set: [], unset: [] });
    else if (line.trim().startsWith('! ')) rules.at(-1)?.unset.push(line.trim().slice(2).toLowerCase());
    else if (line.includes(':')) {
      const [name, ...value] = line.split(':');
      rules.at(-1)?.set.push([name.trim().toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
};

const matches = (rule: Rule, path: string) => (rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path);

const HOSTS = {
  netlify: (rules: Rule[], path: string) => {
    const headers: Record<string, string> = {};
    for (const rule of rules.filter((candidate) => matches(candidate, path))) for (const [name, value] of rule.set) headers[name] = value;
    return headers;
  },
  'cloudflare pages': (rules: Rule[], path: string) => {
    const headers: Record<string, string> = {};
    for (const rule of rules.filter((candidate) => matches(candidate, path))) {
      for (const name of rule.unset) delete headers[name];
      for (const [name, value] of rule.set) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
    }
    return headers;
  },
};

describe.each(Object.entries(HOSTS))('public/_headers on %s', (_, apply) => {
  const rules = parseHeadersFile(read('public/_headers'));
  const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

  it.each(['/', '/step/reload-the-page/', '/404.html', '/link-too-long.html'])('%s gets every header, the strict policy', (path) => {
    expect(apply(rules, path)).toEqual(lower(securityHeaders));
  });

  it('keeps hashed assets for a year and checks the worker every time', () => {
    expect(apply(rules, '/assets/index-1234.js')).toEqual(lower({ ...securityHeaders, 'Cache-Control': CACHE_CONTROL.asset }));
    expect(apply(rules, '/sw.js')).toEqual(lower({ ...securityHeaders, 'Cache-Control': CACHE_CONTROL.other }));
  });

  it.each(['es', 'de'])('does the same for the %s build under its folder', (code) => {
    expect(apply(rules, `/${code}/assets/index-1234.js`)).toEqual(lower({ ...securityHeaders, 'Cache-Control': CACHE_CONTROL.asset }));
    expect(apply(rules, `/${code}/sw.js`)).toEqual(lower({ ...securityHeaders, 'Cache-Control': CACHE_CONTROL.other }));
  });

  it.each(['/error-pages/nginx-502.html', '/error-pages/preview/nginx/', '/error-pages/'])('%s gets one policy: its styles by hash', (path) => {
    expect(apply(rules, path)).toEqual(lower({ ...securityHeaders, 'Content-Security-Policy': ERROR_PAGES_POLICY }));
  });
});
