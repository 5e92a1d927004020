import { describe, expect, it } from 'vitest';
import { answer, back, changeAnswer, currentStep, replay, restart, upTo } from '@/engine/journey';
import { testFlow as flow } from '@/engine/test-flow';
import type { Journey } from '@/engine/types';

const at = (journey: Journey) => {
  const step = currentStep(flow, journey);
  return step.ok ? step.value.id : step.error.code;
};

describe('answer', () => {
  it('moves from a question to the step its answer names', () => {
    const next = answer(flow, [], { stepId: 'who', answerId: 'visitor' });
    expect(next.ok && at(next.value)).toBe('reload');
  });

  it('moves from advice on "fixed" and on "not-fixed"', () => {
    const start: Journey = [{ stepId: 'who', answerId: 'visitor' }];
    const fixed = answer(flow, start, { stepId: 'reload', answerId: 'fixed' });
    const notFixed = answer(flow, start, { stepId: 'reload', answerId: 'not-fixed' });
    expect(fixed.ok && at(fixed.value)).toBe('fixed');
    expect(notFixed.ok && at(notFixed.value)).toBe('logs');
  });

  it('returns an error value for an answer the step does not have', () => {
    const next = answer(flow, [], { stepId: 'who', answerId: 'robot' });
    expect(next).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown-answer' }) });
  });

  it('returns an error value when answering a step the journey is not at', () => {
    const next = answer(flow, [], { stepId: 'logs', answerId: 'refused' });
    expect(next.ok ? 'ok' : next.error.code).toBe('not-current-step');
  });

  it('returns an error value when answering an outcome', () => {
    const done: Journey = [
      { stepId: 'who', answerId: 'visitor' },
      { stepId: 'reload', answerId: 'fixed' },
    ];
    const next = answer(flow, done, { stepId: 'fixed', answerId: 'fixed' });
    expect(next.ok ? 'ok' : next.error.code).toBe('step-has-no-answers');
  });
});

describe('replay', () => {
  it('lists every step a journey passes through', () => {
    const steps = replay(flow, [
      { stepId: 'who', answerId: 'owner' },
      { stepId: 'logs', answerId: 'nothing' },
    ]);
    expect(steps.ok && steps.value.map((s) => s.id)).toEqual(['who', 'logs', 'escalate']);
  });

  it('rejects a journey whose answers skip a step', () => {
    const steps = replay(flow, [
      { stepId: 'who', answerId: 'owner' },
      { stepId: 'reload', answerId: 'fixed' },
    ]);
    expect(steps.ok ? 'ok' : steps.error.code).toBe('not-current-step');
  });

  it('starts part-way when the first answer was given there (a link that opened the wizard mid-flow)', () => {
    const steps = replay(flow, [{ stepId: 'logs', answerId: 'nothing' }]);
    expect(steps.ok && steps.value.map((s) => s.id)).toEqual(['logs', 'escalate']);
    const nowhere = replay(flow, [{ stepId: 'nowhere', answerId: 'x' }]);
    expect(nowhere.ok ? 'ok' : nowhere.error.code).toBe('unknown-step');
  });

  it('goes on from the step a link in the text opened, from any kind of step, but not to itself or nowhere', () => {
    const followed = replay(flow, [
      { stepId: 'who', answerId: 'owner' },
      { stepId: 'logs', answerId: 'reload', link: true },
      { stepId: 'reload', answerId: 'fixed' },
      { stepId: 'fixed', answerId: 'escalate', link: true },
    ]);
    expect(followed.ok && followed.value.map((s) => s.id)).toEqual(['who', 'logs', 'reload', 'fixed', 'escalate']);
    expect(replay(flow, [{ stepId: 'logs', answerId: 'logs', link: true }]).ok).toBe(false);
    expect(replay(flow, [{ stepId: 'logs', answerId: 'nowhere', link: true }]).ok).toBe(false);
  });

  it('reports a start step that does not exist', () => {
    const steps = replay({ ...flow, start: 'nowhere' }, []);
    expect(steps.ok ? 'ok' : steps.error.code).toBe('unknown-step');
  });
});

describe('back, restart and upTo', () => {
  const journey: Journey = [
    { stepId: 'who', answerId: 'visitor' },
    { stepId: 'reload', answerId: 'not-fixed' },
  ];

  it('back drops the last answer, and stays at the start when there is none', () => {
    expect(at(back(journey))).toBe('reload');
    expect(back([])).toEqual([]);
  });

  it('restart empties the journey', () => {
    expect(at(restart())).toBe('who');
  });

  it('upTo gives the journey as it was at a step, or an error if it never got there', () => {
    const before = upTo(journey, 'reload');
    expect(before.ok && before.value).toEqual([{ stepId: 'who', answerId: 'visitor' }]);
    expect(upTo(journey, 'fixed').ok).toBe(false);
  });
});

describe('changeAnswer', () => {
  it('keeps a link followed later when the new route passes its step again', () => {
    const journey = [
      { stepId: 'who', answerId: 'visitor' },
      { stepId: 'reload', answerId: 'not-fixed' },
      { stepId: 'logs', answerId: 'escalate', link: true as const },
    ];
    const changed = changeAnswer(flow, journey, { stepId: 'who', answerId: 'owner' });
    expect(changed.ok && changed.value).toEqual([{ stepId: 'who', answerId: 'owner' }, { stepId: 'logs', answerId: 'escalate', link: true }]);
  });

  it('keeps later answers that still apply after the change', () => {
    const journey: Journey = [
      { stepId: 'who', answerId: 'owner' },
      { stepId: 'logs', answerId: 'refused' },
    ];
    const changed = changeAnswer(flow, journey, { stepId: 'who', answerId: 'visitor' });
    // The visitor route now passes "reload", never answered, so it stops there.
    expect(changed.ok && changed.value).toEqual([{ stepId: 'who', answerId: 'visitor' }]);
  });

  it('reuses the answer given at a step the new route passes through again', () => {
    const journey: Journey = [
      { stepId: 'who', answerId: 'visitor' },
      { stepId: 'reload', answerId: 'not-fixed' },
      { stepId: 'logs', answerId: 'refused' },
    ];
    const changed = changeAnswer(flow, journey, { stepId: 'who', answerId: 'owner' });
    expect(changed.ok && changed.value).toEqual([
      { stepId: 'who', answerId: 'owner' },
      { stepId: 'logs', answerId: 'refused' },
    ]);
  });

  it('returns an error value for a step the journey never passed or an unknown answer', () => {
    expect(changeAnswer(flow, [], { stepId: 'logs', answerId: 'refused' }).ok).toBe(false);
    expect(changeAnswer(flow, [{ stepId: 'who', answerId: 'owner' }], { stepId: 'who', answerId: 'x' }).ok).toBe(false);
  });
});
