import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leadingLiteral } from '@/diagnose/compile';
import { componentIds, components, productOfComponent } from '@/diagnose/components';
import { isProductId } from '@/registry/products';
import { causeIds, isExplained, neighbourSteps } from '@/diagnose/causes';
import { causeSteps } from '@/registry/causes';
import { familyHints, patterns, statusSigns } from '@/diagnose/patterns';
import { samples } from '@/diagnose/samples';
import { http502Flow } from '@/flows/http-502';

const stepIds = new Set(http502Flow.steps.map((s) => s.id));
const kindOf = (stepId: string) => http502Flow.steps.find((s) => s.id === stepId)?.kind;

/**
 * What makes a RegExp unsafe or unfit for the scanner: unbounded or huge quantifiers, quantified groups
 * (the shape of catastrophic backtracking), backreferences, top-level alternation, flags that change
 * what a line is. Returns the problems found (none for a fit one).
 */
const regexProblems = (regex: RegExp): string[] => {
  const problems: string[] = [];
  const { source, flags } = regex;
  if (/[gmsyv]/.test(flags)) problems.push(`flag ${flags}`);
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (/[1-9k]/.test(source[i + 1])) problems.push('backreference');
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if ('*+{'.includes(source[i + 1] ?? '.')) problems.push('quantified group');
    } else if (c === '*' || c === '+') problems.push(`unbounded ${c}`);
    else if (c === '|' && depth === 0) problems.push('top-level alternation');
    else if (c === '{') {
      const bound = /^\{(\d+),(\d*)\}/.exec(source.slice(i)) ?? /^\{(\d+)\}/.exec(source.slice(i));
      if (!bound || (bound[2] !== undefined && (bound[2] === '' || Number(bound[2]) > 400))) problems.push('unbounded or huge {m,n}');
    }
  }
  return problems;
};

const allMatches = [...patterns.map((p) => ({ id: p.id, match: p.match })), ...statusSigns.map((s, i) => ({ id: `sign#${i}`, match: s.match }))];

describe('the knowledge table', () => {
  it('sends every finding to a step that exists in the flow', () => {
    const used = new Set([...patterns.map((p) => p.stepId), ...Object.values(causeSteps), ...Object.values(neighbourSteps), ...componentIds.map((id) => components[id].logStep)]);
    expect([...used].filter((id) => !stepIds.has(id))).toEqual([]);
    expect(samples.filter((s) => !stepIds.has(s.stepId))).toEqual([]);
  });

  // The page says "Go to the step that fixes it" for an advice step only: an explained cause must land
  // on the fix, and the causes that only say where to look must not pretend to.
  it('sends every explained cause to an advice step that fixes it, and the others to a question or an outcome', () => {
    for (const [cause, stepId] of Object.entries(causeSteps)) expect(kindOf(stepId), cause).toBe('advice');
    // Except where the flow's own question sends the same evidence to advice: Cloudflare's 520 names no
    // cause of its own, and "Which Cloudflare error do you see?" answers 520 with the invalid-response step.
    const codeQuestion = http502Flow.steps.find((s) => s.id === 'which-cloudflare-error-is-it');
    const for520 = codeQuestion?.kind === 'question' ? codeQuestion.answers.find((a) => a.id === '520')?.next : undefined;
    const flowAdvice = (p: (typeof patterns)[number]) => p.component === 'cloudflare' && p.status === 520 && p.stepId === for520;
    // A block or challenge page is no failure to fix: it goes to the outcome that says so.
    for (const p of patterns) {
      const kind = kindOf(p.stepId);
      if (isExplained(p.cause) || flowAdvice(p)) expect(kind, `${p.id} (${p.cause}) -> ${p.stepId}`).toBe('advice');
      else expect(['question', 'outcome'], `${p.id} (${p.cause}) -> ${p.stepId}`).toContain(kind);
    }
    for (const s of samples) expect(kindOf(s.stepId) === 'advice', `${s.component} ${s.cause} -> ${s.stepId}`).toBe(isExplained(s.cause));
    for (const stepId of Object.values(neighbourSteps)) expect(kindOf(stepId), stepId).not.toBe('advice');
  });

  it("gives each component the product whose instructions are its own, and none to those without", () => {
    expect(productOfComponent('nginx')).toBe('nginx');
    expect(productOfComponent('apache-proxy-fcgi')).toBe('apache');
    expect(productOfComponent('curl')).toBeUndefined();
    expect(productOfComponent('unknown')).toBeUndefined();
    for (const id of componentIds) {
      const product = productOfComponent(id);
      if (product !== undefined) expect(isProductId(product), id).toBe(true);
    }
  });

  it('lists at least the components the issue names, each with a name and a line saying what it is', () => {
    for (const id of ['nginx', 'openresty', 'apache', 'apache-proxy-fcgi', 'haproxy', 'caddy', 'traefik', 'envoy', 'iis', 'ingress-nginx', 'aws-alb', 'api-gateway', 'cloudfront', 'google-cloud-lb', 'cloud-run', 'application-gateway', 'app-service', 'cloudflare', 'heroku', 'php-fpm', 'gunicorn', 'uwsgi', 'node', 'linux-oom-killer'])
      expect(componentIds).toContain(id);
    for (const id of componentIds) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(components[id].name.length).toBeGreaterThan(0);
      expect(components[id].what).toMatch(/\.$/);
    }
  });

  it('has patterns for every component, with unique ids and known causes', () => {
    for (const id of componentIds) expect(patterns.some((p) => p.component === id), id).toBe(true);
    expect(new Set(patterns.map((p) => p.id)).size).toBe(patterns.length);
    for (const p of patterns) expect(causeIds, p.id).toContain(p.cause);
  });

  it.each(allMatches.filter((m) => m.match instanceof RegExp).map((m) => [m.id, m.match as RegExp]))('%s is a small, safe RegExp', (_id, regex) => {
    expect(regexProblems(regex)).toEqual([]);
  });

  it.each(allMatches.map((m) => [m.id, m.match]))('%s starts with an ASCII literal the scanner can look for', (_id, match) => {
    const literal = typeof match === 'string' ? match : leadingLiteral(match.source);
    expect(literal.length).toBeGreaterThanOrEqual(3);
    expect(literal).toMatch(/^[\x20-\x7e]+$/);
  });

  it('keeps confidences in (0, 1], sentences whole and markers in lower case', () => {
    for (const p of patterns) {
      expect(p.confidence, p.id).toBeGreaterThan(0);
      expect(p.confidence, p.id).toBeLessThanOrEqual(1);
      expect(p.explanation, p.id).toMatch(/^[A-Za-z'"].*[.)]$/s);
      expect(p.explanation, p.id).not.toContain('\n');
      expect(p.explanation, `${p.id}: one sentence`).not.toMatch(/\. [A-Z]/);
      for (const marker of [...(p.lineHas ?? []), ...(p.lineLacks ?? []), ...(p.textHas ?? []), ...(p.textLacks ?? [])]) expect(marker, p.id).toBe(marker.toLowerCase());
      if (p.statusNote) expect(p.status, p.id).not.toBe(502);
      // No response at all must be said in words: the page shows "No response" and this note beside it.
      if (p.status === 0 || p.pageDefault === 0) expect(p.statusNote, p.id).toBeTruthy();
    }
    for (const hint of familyHints) for (const marker of hint.textHas) expect(marker).toBe(marker.toLowerCase());
  });

  it('imports nothing from outside src/diagnose but the registry of products and causes (the tests may)', () => {
    const here = new URL('./', import.meta.url);
    const files = [...readdirSync(here).filter((f) => f.endsWith('.ts')), ...readdirSync(new URL('patterns/', here)).map((f) => `patterns/${f}`)];
    for (const file of files.filter((f) => !f.endsWith('.test.ts'))) {
      const imports = [...readFileSync(new URL(file, here), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports.filter((i) => !i.startsWith('@/diagnose/') && !i.startsWith('@/registry/')), file).toEqual([]);
    }
  });

  it('is documented: docs/diagnose.md names every component and cause', () => {
    const doc = readFileSync(new URL('../../docs/diagnose.md', import.meta.url), 'utf8');
    for (const id of [...componentIds, ...causeIds]) expect(doc, id).toContain(`\`${id}\``);
  });

  it('has a realistic sample for every component', () => {
    for (const id of componentIds) expect(samples.some((s) => s.component === id), id).toBe(true);
  });
});

describe('the safety check itself', () => {
  it.each([/(a+)+b/, /x.*y/, /(?:ab){1,}c/, /a{2,}/, /(\w)\1/, /ab|cd/, /a{1,1000}/, /abc/gm])('rejects %s', (regex) => {
    expect(regexProblems(regex)).not.toEqual([]);
  });

  it.each([/abc[^ ]{1,300} def/, /(?<=^(?:< )?)server: x/i, /ab(?:cd|ef)?g/])('accepts %s', (regex) => {
    expect(regexProblems(regex)).toEqual([]);
  });
});
