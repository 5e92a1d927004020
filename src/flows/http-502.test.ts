import { describe, expect, it } from 'vitest';
import { allPaths } from '@/engine/graph';
import { answer, currentStep } from '@/engine/journey';
import type { Journey } from '@/engine/types';
import { validateFlow } from '@/engine/validate';
import { otherCodesStepId } from '@/flows/current';
import { http502Flow as flow } from '@/flows/http-502';

const leadsTo = (stepId: string, answerId: string) => {
  const step = flow.steps.find((s) => s.id === stepId);
  return step && step.kind !== 'outcome' ? step.answers.find((a) => a.id === answerId)?.next : undefined;
};

describe('the 502 flow', () => {
  it('is a sound graph', () => {
    expect(validateFlow(flow)).toEqual([]);
  });

  it('has at least 25 steps and 8 outcomes', () => {
    expect(flow.steps.length).toBeGreaterThanOrEqual(25);
    expect(flow.steps.filter((s) => s.kind === 'outcome').length).toBeGreaterThanOrEqual(8);
  });

  it('starts by asking who you are, with a branch for each kind of person', () => {
    expect(flow.start).toBe('who-are-you');
    expect(leadsTo('who-are-you', 'visitor')).toBe('reload-the-page');
    expect(leadsTo('who-are-you', 'owner')).toBe('which-layer-answered');
    expect(leadsTo('who-are-you', 'proxy')).toBe('does-it-fail-without-the-proxy');
    // Owners whose 502 began with a deploy, whose fix the visitors do not see yet, or whose site is on shared hosting.
    expect(leadsTo('who-are-you', 'deploy')).toBe('roll-back-the-deploy');
    expect(leadsTo('who-are-you', 'still-cached')).toBe('clear-the-cached-502');
    expect(leadsTo('who-are-you', 'hosting')).toBe('check-with-your-hosting');
  });

  it('offers a way on for a product it does not list, on every "which product?" question', () => {
    for (const id of ['which-cdn-is-it', 'which-cloud-service-is-it', 'which-platform-is-it', 'which-proxy-is-it', 'which-ingress-controller-is-it', 'which-app-server-is-it'])
      expect(leadsTo(id, 'other'), id).toBeDefined();
  });

  it.each([
    ['reload-the-page', 'fixed', 'fixed-by-reloading'],
    ['is-it-down-for-everyone', 'everyone', 'site-is-down-for-everyone'],
    ['does-a-private-window-work', 'yes', 'clear-cache-and-cookies'],
    ['flush-dns-cache', 'not-fixed', 'problem-is-on-the-site'],
    // Failing on every network and device is the site's side; only on one device, its saved addresses.
    ['try-another-network', 'not-fixed', 'problem-is-on-the-site'],
    ['try-another-network', 'other-device', 'flush-dns-cache'],
    ['is-it-down-for-everyone', 'only-at-work', 'ask-your-it-team'],
    ['turn-off-vpn-or-proxy', 'no-vpn', 'try-another-network'],
    ['rotate-proxy-and-back-off', 'not-fixed', 'is-the-request-safe-to-retry'],
    ['is-the-upstream-running', 'running', 'what-do-the-logs-say'],
    ['what-do-the-logs-say', 'refused', 'start-the-upstream'],
    ['which-proxy-is-it', 'nginx', 'what-does-nginx-log'],
    ['what-does-nginx-log', 'bad-response', 'raise-header-buffers'],
    ['which-cloud-service-is-it', 'aws-alb', 'what-does-aws-alb-log'],
    // The answers that name a specific cause lead to that cause's own step.
    ['what-does-aws-alb-log', 'reset', 'align-keepalive-timeouts'],
    ['what-does-google-cloud-lb-log', 'reset', 'align-keepalive-timeouts'],
    ['what-does-apache-log', 'denied', 'allow-the-connection-in-selinux'],
    ['what-does-nginx-log', 'socket', 'check-socket-and-permissions'],
    ['what-does-ingress-nginx-log', 'rollout', 'make-rollouts-wait-for-readiness'],
    ['what-does-heroku-log', 'refused', 'fix-an-app-that-will-not-start'],
    ['what-does-iis-log', 'app-start', 'fix-the-aspnet-core-module-start'],
    ['what-does-api-gateway-log', 'bad-response', 'fix-invalid-upstream-response'],
    ['what-does-uwsgi-log', 'protocol', 'match-the-upstream-protocol'],
    ['which-cloudflare-error-is-it', '520', 'fix-invalid-upstream-response'],
    ['what-does-php-fpm-log', 'exhausted', 'relieve-resource-exhaustion'],
    ['which-cloudflare-error-is-it', '522', 'open-the-firewall-to-the-upstream'],
    // A block or challenge page is not a 5xx: the site's protection refused the request.
    ['which-code-do-you-see', '403-429', 'the-site-blocked-the-request'],
    ['start-the-upstream', 'fixed', 'fixed-now-prevent-it'],
    ['is-it-down-for-everyone', 'server-named', 'problem-is-on-the-site'],
    // A TCP refusal goes on to a firewall that rejects; a Unix socket to its path and permissions.
    ['start-the-upstream', 'not-fixed', 'open-the-firewall-to-the-upstream'],
    ['start-the-upstream', 'unix-socket', 'check-socket-and-permissions'],
    ['fix-upstream-dns', 'not-fixed', 'escalate-with-evidence'],
    // The gateway's own configuration (pasted [emerg], 500.19, no route): when it loads and routes, its target may be down.
    ['fix-the-gateway-configuration', 'fixed', 'fixed-now-prevent-it'],
    ['fix-the-gateway-configuration', 'not-fixed', 'start-the-upstream'],
    // Every backend healthy and still none picked: the pool or route in the gateway's configuration.
    ['restore-healthy-backends', 'not-fixed', 'fix-the-gateway-configuration'],
    // A missing socket (error 2) or a port in use is not SELinux's doing: only a "Permission denied" left over.
    ['check-socket-and-permissions', 'not-fixed', 'escalate-with-evidence'],
    ['check-socket-and-permissions', 'still-permission-denied', 'allow-the-connection-in-selinux'],
  ])('at %s, answering %s leads to %s', (stepId, answerId, next) => {
    expect(leadsTo(stepId, answerId)).toBe(next);
  });

  it('walks every path from the start to an outcome through the engine', () => {
    const paths = allPaths(flow);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      let journey: Journey = [];
      for (const { stepId, answerId } of path.slice(0, -1)) {
        const next = answer(flow, journey, { stepId, answerId: answerId! });
        expect(next.ok, `${stepId} -> ${answerId}`).toBe(true);
        if (next.ok) journey = next.value;
      }
      const end = currentStep(flow, journey);
      expect(end.ok && end.value.kind).toBe('outcome');
      expect(end.ok && end.value.id).toBe(path[path.length - 1].stepId);
    }
  });

  it('offers a branch for each gateway and app server the checklist names', () => {
    const gatewaySteps = flow.steps.filter((s) => /^what-does-.+-(log|say)$/.test(s.id) || s.id === 'which-cloudflare-error-is-it');
    expect(gatewaySteps.length).toBeGreaterThanOrEqual(16 + 4);
  });

  it('ends every cause in the resolved outcome when fixed, and the last one in escalation', () => {
    const causes = flow.steps.filter((s) => s.kind === 'advice' && s.answers[0].next === 'fixed-now-prevent-it');
    expect(causes.length).toBeGreaterThanOrEqual(12);
    // From any cause, following "no" reaches escalation without a loop.
    for (const start of causes) {
      const seen = new Set<string>();
      let id = start.id;
      while (id !== 'escalate-with-evidence') {
        expect(seen.has(id), `loop at ${id}`).toBe(false);
        seen.add(id);
        const next = leadsTo(id, 'not-fixed');
        expect(next, id).toBeDefined();
        id = next!;
      }
    }
  });

  it('reaches the most common causes in a few answers for an nginx operator', () => {
    const depth = (target: string) => {
      const shortest = allPaths(flow)
        .filter((p) => p.some((s) => s.stepId === target) && p[1].stepId === 'which-layer-answered')
        .map((p) => p.findIndex((s) => s.stepId === target));
      return Math.min(...shortest);
    };
    for (const cause of ['start-the-upstream', 'find-why-the-upstream-crashed', 'speed-up-or-extend-timeouts']) {
      expect(depth(cause), cause).toBeLessThanOrEqual(4);
    }
  });

  it('has the page every footer links to for other status codes', () => {
    expect(flow.steps.some((s) => s.id === otherCodesStepId && s.kind === 'question')).toBe(true);
  });

  it('reaches every outcome on some path', () => {
    const reached = new Set(allPaths(flow).map((p) => p[p.length - 1].stepId));
    for (const step of flow.steps.filter((s) => s.kind === 'outcome')) expect(reached, step.id).toContain(step.id);
  });
});
