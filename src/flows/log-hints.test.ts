import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadOf } from '@/content/lead';
import { readContent, stepsDir } from '@/content/read-content';
import { diagnose } from '@/diagnose/index';
import { logAnswerCauses } from '@/flows/http-502';
import { stepForCause } from '@/registry/causes';

// The log questions quote, in each answer's hint, the lines its product writes for that answer's cause.
// Pasted on /diagnose/, such a line should lead to the same page as the answer, or the two pages should
// point at each other in their first lines: otherwise the wizard and /diagnose/ send the same owner
// with the same line to different fixes (as nginx's missing-socket line once did, story P14).

const root = process.cwd();
const { texts } = readContent(root);

/** The steps an advice page's lead (its words before the first `##`) links to, read once per page. */
const linked = new Map<string, string[]>();
const leadLinks = (stepId: string): string[] => {
  let links = linked.get(stepId);
  if (!links) {
    const lead = leadOf(readFileSync(join(stepsDir(root, 'en'), `${stepId}.mdx`), 'utf8'));
    linked.set(stepId, (links = [...lead.matchAll(/\]\(\/step\/([a-z0-9-]+)\/\)/g)].map((match) => match[1])));
  }
  return links;
};

/**
 * Lines whose answer and finding differ on purpose, each with why. A new line that differs fails
 * the test: make them agree, link the pages in their leads, or add it here with its reason.
 */
const known: Readonly<Record<string, string>> = {
  // Follow-up lines quoted beside the answer's own: the lines before them give the cause.
  'no live upstreams while connecting to upstream': 'follows the refusals it names',
  'failure to get a peer from the ring-balancer': "Kong's follow-up to refusals",
  'AH00940: ... disabled connection for (127.0.0.1:8080)': "Apache's follow-up to refusals",
  'upstream prematurely closed connection while reading response header from upstream': "the gateway's side of a worker killed for its timeout",
  'upstream prematurely closed connection': "the gateway's side of a worker killed for its timeout",
  // A worker or process killed for memory: both the crash step and the resource step explain it.
  'Worker (pid:1234) was sent SIGKILL! Perhaps out of memory?': 'crash or memory',
  'Worker with pid 1234 was terminated due to signal 9': 'crash or memory',
  'DAMN ! worker 1 (pid: 1234) died, killed by signal 9 :( trying respawn ...': 'crash or memory',
  'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory': 'crash or memory',
  'Memory limit of … exceeded': 'crash or memory',
  // Lines that say more than their product's answers can: /diagnose/ names the narrower cause.
  'dial unix /run/app.sock: connect: no such file or directory': 'a missing socket, under Caddy\'s "refused"',
  'dial tcp 10.0.0.5:8080: i/o timeout': 'a connect timeout (firewall), under Caddy\'s "timeout"',
  'connect ETIMEDOUT': "an outbound call of the app's that timed out, under Node's \"timeout\"",
  'i/o timeout': 'cloudflared could not connect in time',
  '502.5 Process Failure': "the ASP.NET Core Module's own start step, under App Service's \"will not start\"",
  'Default STARTUP TCP probe failed … on port 8080': 'the port the app should listen on',
  '[PC01] instance refused connection. is your app listening on 0.0.0.0:8080?': 'the address the app should listen on',
  'The request was aborted because there was no available instance.': 'Cloud Run at its maximum instances',
};

const quoted = (hint: string): string[] => [...hint.matchAll(/"([^"]{6,})"/g)].map((match) => match[1]);

describe('the lines the log questions quote', () => {
  const cases = Object.entries(logAnswerCauses).flatMap(([stepId, answers]) =>
    Object.entries(answers)
      .filter(([, cause]) => cause !== 'unknown')
      .flatMap(([answerId, cause]) => quoted(texts[stepId]?.answers?.[answerId]?.hint ?? '').map((line) => ({ stepId, answerId, target: stepForCause(cause as never), line }))),
  );

  it('are many, so that the check below means something', () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  it('lead /diagnose/ to the page their answer leads to, or to one that page links in its first lines', () => {
    const differ: string[] = [];
    for (const { stepId, answerId, target, line } of cases) {
      const [finding] = diagnose(line).findings;
      // Fragments it cannot read, and lines that only name a product, are not a second opinion.
      if (!finding || finding.cause === 'other' || finding.cause === 'upstream-sent-the-error') continue;
      const agree = finding.stepId === target || leadLinks(target).includes(finding.stepId) || leadLinks(finding.stepId).includes(target);
      if (!agree && !Object.hasOwn(known, line)) differ.push(`${stepId} "${answerId}" leads to ${target}; /diagnose/ to ${finding.stepId}: ${line}`);
    }
    expect(differ).toEqual([]);
  });

  it('keep no reason for a line that agrees now, or that no hint quotes', () => {
    const stale = Object.keys(known).filter((line) => {
      const uses = cases.filter((c) => c.line === line);
      if (uses.length === 0) return true;
      return uses.every(({ target }) => {
        const [finding] = diagnose(line).findings;
        return finding !== undefined && (finding.stepId === target || leadLinks(target).includes(finding.stepId) || leadLinks(finding.stepId).includes(target));
      });
    });
    expect(stale).toEqual([]);
  });
});
