import { describe, expect, it } from 'vitest';
import { advice, defineFlow, outcome, question } from '@/engine/define';
import { allPaths, flowStats, shortestParents } from '@/engine/graph';
import { testFlow } from '@/engine/test-flow';
import type { Step } from '@/engine/types';
import { validateFlow, type StepContentIndex } from '@/engine/validate';

const codes = (steps: Step[], content?: StepContentIndex) =>
  validateFlow(defineFlow('t', 'a', steps), content).map((p) => `${p.code}:${p.stepId}`);

describe('validateFlow', () => {
  it('finds nothing wrong with a sound flow', () => {
    expect(validateFlow(testFlow)).toEqual([]);
  });

  it('names a step that leads to an unknown id', () => {
    expect(codes([question('a', { x: 'b', y: 'nowhere' }), outcome('b', { resolved: true })])).toContain('unknown-target:a');
  });

  it('names an unreachable step', () => {
    expect(codes([question('a', { x: 'b' }), outcome('b', { resolved: true }), outcome('c', { resolved: true })])).toEqual([
      'unreachable:c',
    ]);
  });

  it('names a dead end: a step with no way on that is not an outcome', () => {
    expect(codes([question('a', { x: 'b' }), question('b', {})])).toContain('dead-end:b');
  });

  it('names steps caught in a loop that never reaches an outcome', () => {
    const problems = codes([question('a', { x: 'b', y: 'c' }), advice('b', { fixed: 'a', notFixed: 'b' }), outcome('c', { resolved: true }), question('d', { x: 'd' })]);
    expect(problems).toContain('no-way-to-an-outcome:d');
    expect(problems).not.toContain('no-way-to-an-outcome:b');
  });

  it('names a question with more answers than a page should offer', () => {
    const eight = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`a${i}`, 'b']));
    expect(codes([question('a', eight), outcome('b', { resolved: true })])).toEqual(['too-many-answers:a']);
    const seven = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`a${i}`, 'b']));
    expect(codes([question('a', seven), outcome('b', { resolved: true })])).toEqual([]);
  });

  it('names duplicate ids and an unknown start', () => {
    expect(codes([question('a', { x: 'b' }), outcome('b', { resolved: true }), outcome('b', { resolved: false })])).toContain('duplicate-id:b');
    expect(validateFlow(defineFlow('t', 'zz', [outcome('a', { resolved: true })])).map((p) => p.code)).toContain('unknown-start');
  });

  it('names missing content, missing and unused labels, and content with no step', () => {
    const steps = [question('a', { x: 'b', y: 'c' }), advice('b', { fixed: 'c', notFixed: 'c' }), outcome('c', { resolved: true })];
    const problems = codes(steps, {
      a: { answerIds: ['x', 'z'] },
      b: { answerIds: [] },
      ghost: { answerIds: [] },
    });
    expect(problems).toEqual(['missing-label:a', 'unused-label:a', 'missing-content:c', 'orphan-content:ghost']);
  });

  it('asks advice to label only the answers of its own, not "fixed" and "not-fixed"', () => {
    const steps = [advice('a', { fixed: 'b', notFixed: 'b' }, { 'cannot-try': 'b' }), outcome('b', { resolved: true })];
    expect(codes(steps, { a: { answerIds: [] }, b: { answerIds: [] } })).toEqual(['missing-label:a']);
    expect(codes(steps, { a: { answerIds: ['cannot-try'] }, b: { answerIds: [] } })).toEqual([]);
  });
});

describe('graph walks', () => {
  it('lists every simple path from the start to an outcome', () => {
    const paths = allPaths(testFlow).map((path) => path.map((s) => s.stepId).join('>'));
    expect(paths).toEqual(['who>reload>fixed', 'who>reload>logs>refused', 'who>reload>logs>escalate', 'who>logs>refused', 'who>logs>escalate']);
  });

  it('gives each step its parent on a shortest route from the start', () => {
    expect(Object.fromEntries(shortestParents(testFlow))).toEqual({ reload: 'who', logs: 'who', fixed: 'reload', refused: 'logs', escalate: 'logs' });
  });

  it('prefers, among parents at the same distance, the one that more steps lead to', () => {
    const flow = defineFlow('t', 'a', [
      question('a', { x: 'product', y: 'generic', z: 'other' }),
      question('other', { x: 'generic' }),
      question('product', { x: 'cause' }),
      question('generic', { x: 'cause' }),
      outcome('cause', { resolved: true }),
    ]);
    expect(shortestParents(flow).get('cause')).toBe('generic');
    // With no step to tell them apart, the first in answer order.
    const even = defineFlow('t', 'a', [question('a', { x: 'one', y: 'two' }), question('one', { x: 'c' }), question('two', { x: 'c' }), outcome('c', { resolved: true })]);
    expect(shortestParents(even).get('c')).toBe('one');
  });

  it('counts steps, outcomes, paths and path lengths in answers', () => {
    expect(flowStats(testFlow)).toEqual({ steps: 6, outcomes: 3, paths: 5, longestPath: 3, medianPath: 2 });
  });
});
