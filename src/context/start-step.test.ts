import { describe, expect, it } from 'vitest';
import { http502Flow as flow } from '@/flows/http-502';
import { gatewayIds, type ErrorContext } from '@/context/params';
import { possibleStartSteps, startStepFor } from '@/context/start-step';

const stepIds = new Set(flow.steps.map((s) => s.id));

describe('startStepFor', () => {
  it('only ever returns steps of the 502 flow', () => {
    for (const id of possibleStartSteps) expect(stepIds, id).toContain(id);
  });

  it.each<[string, ErrorContext, string | undefined]>([
    ['nothing known', {}, undefined],
    ['only a URL and a 502', { url: 'https://example.com/', status: 502 }, undefined],
    ['via cloudflare', { via: 'cloudflare' }, 'which-cloudflare-error-is-it'],
    ['via cloudflare for a visitor: the visitor step, never an operator page', { via: 'cloudflare', who: 'visitor' }, 'reload-the-page'],
    ['a Cloudflare 521 for a visitor', { status: 521, who: 'visitor' }, 'reload-the-page'],
    ['status 520', { status: 520 }, 'which-cloudflare-error-is-it'],
    ['status 527', { status: 527 }, 'which-cloudflare-error-is-it'],
    ['status 530', { status: 530 }, 'which-cloudflare-error-is-it'],
    ['status 528', { status: 528 }, undefined],
    ['status 504', { status: 504, who: 'owner', via: 'nginx' }, 'it-is-a-504'],
    ['status 503', { status: 503 }, 'it-is-a-503'],
    ['status 429', { status: 429 }, 'the-site-blocked-the-request'],
    ['status 500', { status: 500, who: 'visitor' }, 'it-is-a-500'],
    ['an owner behind nginx', { who: 'owner', via: 'nginx', status: 502 }, 'what-does-nginx-log'],
    ['an owner behind OpenResty', { who: 'owner', via: 'openresty' }, 'what-does-nginx-log'],
    ['an owner behind CloudFront', { who: 'owner', via: 'cloudfront' }, 'what-does-cloudfront-say'],
    ['an owner', { who: 'owner' }, 'which-layer-answered'],
    ['a gateway without an audience', { via: 'nginx' }, undefined],
    ['a visitor behind nginx', { who: 'visitor', via: 'nginx' }, 'reload-the-page'],
    ['a visitor', { who: 'visitor' }, 'reload-the-page'],
    ['someone behind a proxy', { who: 'proxy' }, 'does-it-fail-without-the-proxy'],
  ])('starts %s at the right step', (_, context, step) => {
    expect(startStepFor(context)).toBe(step);
  });

  it.each(gatewayIds)('sends an owner behind %s to a step of the flow', (via) => {
    const step = startStepFor({ who: 'owner', via });
    expect(step).toBeDefined();
    expect(stepIds).toContain(step);
  });

  it('sends an owner to the step the flow itself offers for their gateway', () => {
    const targets = new Set(flow.steps.flatMap((s) => (s.kind === 'outcome' ? [] : s.answers.map((a) => a.next))));
    for (const via of gatewayIds) expect(targets).toContain(startStepFor({ who: 'owner', via }));
  });
});
