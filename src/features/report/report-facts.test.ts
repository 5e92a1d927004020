import { describe, expect, it } from 'vitest';
import { statusName } from '@/content/texts';
import { findStep } from '@/flows/current';
import { reportFacts } from '@/features/report/report-facts';
import type { Journey, Step } from '@/engine/types';
import words from 'virtual:ui-words/report';

const facts = (stepId: string, journey: Journey, status?: number) =>
  reportFacts({ step: findStep(stepId) as Step, journey, context: status === undefined ? {} : { status }, siteRoot: 'https://example.com', now: new Date('2026-12-07T10:00:00Z') });

describe('reportFacts, the error', () => {
  it("is the link's status when the error page's link gave one", () => {
    expect(facts('problem-is-on-the-site', [{ stepId: 'who-are-you', answerId: 'visitor' }], 504).context.status).toBe(statusName(504));
  });

  it('is 502, said to be assumed, when the answers never named another code', () => {
    const journey: Journey = [
      { stepId: 'who-are-you', answerId: 'visitor' },
      { stepId: 'reload-the-page', answerId: 'not-fixed' },
      { stepId: 'do-other-sites-load', answerId: 'one-page' },
    ];
    expect(facts('problem-is-on-the-site', journey).context.status).toBe(words.assumed502.replace('{value}', statusName(502)));
  });

  it('stays unknown when the answers went by the question about another code', () => {
    const journey: Journey = [
      { stepId: 'who-are-you', answerId: 'other-code' },
      { stepId: 'which-code-do-you-see', answerId: '504' },
    ];
    expect(facts('it-is-a-504', journey).context.status).toBeUndefined();
  });
});

describe('reportFacts, a pasted text that says no response came', () => {
  it('says so, marked as the paste’s, rather than assuming a 502', () => {
    const status = reportFacts({ step: findStep('start-the-upstream') as Step, journey: [], context: {}, pastedRequest: { status: 0 }, siteRoot: 'https://example.com', now: new Date('2026-12-07T10:00:00Z') }).context.status;
    expect(status).toBe(words.fromPaste.replace('{value}', statusName(0)));
    expect(statusName(0)).not.toBe('0');
  });
});

describe('reportFacts, the time a pasted line gives', () => {
  const timeOf = (pastedRequest: { loggedAt?: string; loggedInstant?: number }) =>
    reportFacts({ step: findStep('allow-the-connection-in-selinux') as Step, journey: [], context: {}, pastedRequest, siteRoot: 'https://example.com', now: new Date('2026-12-07T10:00:00Z') }).context.time;

  it('is written as the log wrote it, marked as the server’s clock', () => {
    expect(timeOf({ loggedAt: '2026/03/14 14:32:07' })).toBe(words.asLogged.replace('{value}', '2026/03/14 14:32:07'));
  });

  it('is an exact time, with its UTC form, when the line gave Unix time', () => {
    const time = timeOf({ loggedInstant: Date.UTC(2026, 2, 14, 14, 32, 7, 412) });
    expect(time).toContain('2026-03-14T14:32:07.412Z');
    expect(time).not.toContain(words.asLogged.replace('{value}', ''));
  });
});
