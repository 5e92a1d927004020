import { describe, expect, it } from 'vitest';
import { testFlow as flow } from '@/engine/test-flow';
import type { Journey } from '@/engine/types';
import { canonicalPath, changeHref, decodeJourney, encodeJourney, journeyFromUrl, journeyHref, linkHref, MAX_JOURNEY_LENGTH, stepPath, wizardQuery } from '@/engine/url';

const journey: Journey = [
  { stepId: 'who', answerId: 'visitor' },
  { stepId: 'reload', answerId: 'not-fixed' },
];

describe('journey in the URL', () => {
  it('round-trips through encode and decode', () => {
    const decoded = decodeJourney(encodeJourney(journey));
    expect(decoded.ok && decoded.value).toEqual(journey);
  });

  it('writes only characters that need no escaping in a query string', () => {
    const text = encodeJourney(journey);
    expect(text).toBe('who.visitor_reload.not-fixed');
    expect(new URLSearchParams({ a: text }).toString()).toBe(`a=${text}`);
  });

  it("writes a link followed in a step's text with a tilde, and reads it back as a link", () => {
    const followed: Journey = [...journey, { stepId: 'logs', answerId: 'escalate', link: true }];
    expect(encodeJourney(followed)).toBe('who.visitor_reload.not-fixed_logs~escalate');
    const decoded = decodeJourney('who.visitor_reload.not-fixed_logs~escalate');
    expect(decoded.ok && decoded.value).toEqual(followed);
    expect(decodeJourney('logs~').ok).toBe(false);
    expect(decodeJourney('logs.~escalate').ok).toBe(false);
  });

  it("makes a link in a step's text keep the journey, its anchor kept; other addresses stay as written", () => {
    expect(linkHref(flow, journey, 'logs', '/step/escalate/')).toBe('/step/escalate/?a=who.visitor_reload.not-fixed_logs~escalate');
    expect(linkHref(flow, [], 'logs', '/step/escalate/#why')).toBe('/step/escalate/?a=logs~escalate#why');
    expect(journeyFromUrl(flow, 'escalate', 'who.visitor_reload.not-fixed_logs~escalate').ok).toBe(true);
    for (const href of ['/diagnose/', '/', '/step/logs/', 'https://example.com/step/x/', '/step/Bad/']) {
      expect(linkHref(flow, journey, 'logs', href)).toBe(href);
    }
  });

  it('puts the start step at the root and every other step under /step/', () => {
    expect(stepPath(flow, 'who')).toBe('/');
    expect(stepPath(flow, 'logs')).toBe('/step/logs/');
    expect(journeyHref(flow, 'logs', journey)).toBe('/step/logs/?a=who.visitor_reload.not-fixed');
    expect(journeyHref(flow, 'logs', [])).toBe('/step/logs/');
  });

  it.each([
    ['a script payload', '<script>alert(1)</script>'],
    ['a missing answer', 'who.'],
    ['upper case', 'WHO.visitor'],
    ['an empty pair', 'who.visitor__reload.fixed'],
    ['an over-long value', 'who.visitor_'.repeat(MAX_JOURNEY_LENGTH)],
  ])('rejects %s with an error value', (_name, text) => {
    expect(decodeJourney(text).ok).toBe(false);
  });

  it('accepts a journey from a URL only if it replays to the step shown', () => {
    expect(journeyFromUrl(flow, 'logs', 'who.visitor_reload.not-fixed').ok).toBe(true);
    expect(journeyFromUrl(flow, 'fixed', 'who.visitor_reload.not-fixed').ok).toBe(false);
    expect(journeyFromUrl(flow, 'logs', 'who.visitor_reload.maybe').ok).toBe(false);
    expect(journeyFromUrl(flow, 'who', null)).toEqual({ ok: true, value: [] });
  });
});

describe('changeHref', () => {
  const journey = [
    { stepId: 'who', answerId: 'owner' },
    { stepId: 'logs', answerId: 'refused' },
    { stepId: 'restart', answerId: 'not-fixed' },
  ];
  it('goes back to the question with the answers before it, and keeps the whole journey in k', () => {
    expect(changeHref(flow, journey, 1)).toBe('/step/logs/?a=who.owner&k=who.owner_logs.refused_restart.not-fixed');
    expect(changeHref(flow, journey, 0)).toBe('/?k=who.owner_logs.refused_restart.not-fixed');
  });
  it('needs no k for the last answer: nothing comes after it', () => {
    expect(changeHref(flow, journey, 2)).toBe('/step/restart/?a=who.owner_logs.refused');
  });
});

describe('canonicalPath', () => {
  it('gives a folder page its folder address, and leaves every other path as it is', () => {
    expect(canonicalPath('/index.html')).toBe('/');
    expect(canonicalPath('/step/reload-the-page/index.html')).toBe('/step/reload-the-page/');
    for (const path of ['/', '/step/x/', '//evil.example/', '///x', '/%2F%2Fevil/', '/step//x/', '/index.html/', '/index.htm']) {
      expect(canonicalPath(path)).toBe(path);
    }
  });
});

describe('wizardQuery', () => {
  it("keeps only the wizard's own parameters, in their order, the first of each, as written", () => {
    expect(wizardQuery('?status=504&at=reload-the-page&url=https%3A%2F%2Fx&a=who-are-you.visitor&k=x.y')).toBe(
      'at=reload-the-page&a=who-are-you.visitor&k=x.y',
    );
    expect(wizardQuery('a=one.two&a=three.four&at=x&at=y')).toBe('a=one.two&at=x');
    expect(wizardQuery('?status=502&ab=1&rid=7')).toBe('');
    expect(wizardQuery('')).toBe('');
  });
});
