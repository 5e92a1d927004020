import { describe, expect, it } from 'vitest';
import { testFlow } from '@/engine/test-flow';
import { encodeJourney } from '@/engine/url';
import { answerKey, mapHref, mapPosition } from '@/map/position';

const journey = [
  { stepId: 'who', answerId: 'visitor' },
  { stepId: 'reload', answerId: 'not-fixed' },
];

describe('mapPosition', () => {
  it('marks the current step and the steps and answers that led to it', () => {
    const position = mapPosition(testFlow, 'logs', encodeJourney(journey));
    expect(position?.current).toBe('logs');
    expect([...(position?.steps ?? [])]).toEqual(['who', 'reload', 'logs']);
    expect([...(position?.answers ?? [])]).toEqual([answerKey('who', 'visitor'), answerKey('reload', 'not-fixed')]);
  });

  it('marks only the current step when the answers do not lead to it', () => {
    const position = mapPosition(testFlow, 'escalate', encodeJourney(journey));
    expect(position?.current).toBe('escalate');
    expect([...(position?.steps ?? [])]).toEqual(['escalate']);
    expect(position?.answers.size).toBe(0);
    expect(mapPosition(testFlow, 'logs', 'who.visitor_<script>')?.journey).toEqual([]);
  });

  it('has no position without a known step', () => {
    expect(mapPosition(testFlow, null, null)).toBeUndefined();
    expect(mapPosition(testFlow, 'no-such-step', encodeJourney(journey))).toBeUndefined();
  });
});

describe('mapHref', () => {
  it('links to the map at a step, with the answers when there are any', () => {
    expect(mapHref('logs', journey)).toBe('/map/?at=logs&a=who.visitor_reload.not-fixed');
    expect(mapHref('who', [])).toBe('/map/?at=who');
  });

  it('round-trips through mapPosition', () => {
    const params = new URL(mapHref('logs', journey), 'http://localhost').searchParams;
    expect(mapPosition(testFlow, params.get('at'), params.get('a'))?.journey).toEqual(journey);
  });
});
