import { describe, expect, it } from 'vitest';
import { defineFlow, outcome, question } from '@/engine/define';
import { testFlow } from '@/engine/test-flow';
import { encodeJourney } from '@/engine/url';
import { mapBranch } from '@/map/branch';
import { mapPosition } from '@/map/position';

const journey = [
  { stepId: 'who', answerId: 'visitor' },
  { stepId: 'reload', answerId: 'not-fixed' },
];
const ids = (answers: readonly { answerId: string; next: string }[]) => answers.map((a) => `${a.answerId}>${a.next}`);

describe('mapBranch', () => {
  it('without a position, starts at the first question with where each answer leads, unmarked', () => {
    const branch = mapBranch(testFlow);
    expect(branch?.marked).toBe(false);
    expect(branch?.passed).toEqual([]);
    expect(branch?.here.stepId).toBe('who');
    expect(ids(branch?.here.answers ?? [])).toEqual(['visitor>reload', 'owner>logs']);
    expect(branch?.here.answers.map((a) => a.nextKind)).toEqual(['advice', 'question']);
    expect(branch?.here.answers[1].journey).toEqual([{ stepId: 'who', answerId: 'owner' }]);
  });

  it('from a step, lists the steps passed with the answer taken and its siblings, each with the answers before it', () => {
    const branch = mapBranch(testFlow, mapPosition(testFlow, 'logs', encodeJourney(journey)));
    expect(branch?.marked).toBe(true);
    expect(branch?.passed.map((p) => [p.stepId, p.taken])).toEqual([
      ['who', 'visitor'],
      ['reload', 'not-fixed'],
    ]);
    expect(branch?.passed[1].journey).toEqual(journey.slice(0, 1));
    expect(ids(branch?.passed[1].answers ?? [])).toEqual(['fixed>fixed', 'not-fixed>logs']);
    // A sibling's link carries the answers before it and the sibling itself: "had I answered this".
    expect(branch?.passed[1].answers[0].journey).toEqual([...journey.slice(0, 1), { stepId: 'reload', answerId: 'fixed' }]);
  });

  it('from a step, shows the step with its own answers as the next steps, continuing the journey', () => {
    const here = mapBranch(testFlow, mapPosition(testFlow, 'logs', encodeJourney(journey)))?.here;
    expect(here?.stepId).toBe('logs');
    expect(here?.journey).toEqual(journey);
    expect(ids(here?.answers ?? [])).toEqual(['refused>refused', 'nothing>escalate']);
    expect(here?.answers[0].journey).toEqual([...journey, { stepId: 'logs', answerId: 'refused' }]);
  });

  it('has no next steps at a finding, and nothing passed when the answers do not lead to the step', () => {
    const branch = mapBranch(testFlow, mapPosition(testFlow, 'escalate', encodeJourney(journey)));
    expect(branch?.here.kind).toBe('outcome');
    expect(branch?.here.answers).toEqual([]);
    expect(branch?.passed).toEqual([]);
  });

  it('leaves out an answer that leads nowhere, and has no branch for a flow without its start', () => {
    const broken = defineFlow('broken', 'ask', [question('ask', { yes: 'done', no: 'missing' }), outcome('done', { resolved: true })]);
    expect(ids(mapBranch(broken)?.here.answers ?? [])).toEqual(['yes>done']);
    expect(mapBranch(defineFlow('empty', 'nowhere', []))).toBeUndefined();
  });
});
