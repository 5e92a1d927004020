import type { Page } from '@playwright/test';
import { answerLink, expect, hydrated, test } from './support/fixtures';
import { flow, labelOf, pathOf, paths, titleOf, ui } from './support/flow-data';
import { pathTree, type PathNode } from './support/path-tree';
import type { FlowPath } from '@/engine/graph';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

const expectAt = async (page: Page, stepId: string): Promise<void> => {
  await expect(h1(page)).toHaveText(titleOf(stepId));
  expect(new URL(page.url()).pathname).toBe(pathOf(stepId));
};

/** On an outcome: "Your answers" lists every answer given on the way, in order, each with a Change link. */
const expectAnswersListed = async (page: Page, trail: FlowPath): Promise<void> => {
  const summary = page.getByRole('region', { name: ui.yourAnswers });
  const given = trail.map(({ stepId, answerId }) => labelOf(stepId, answerId!));
  await expect(summary.locator('dd:not(:last-child)')).toHaveText(given);
  await expect(summary.getByRole('link', { name: new RegExp(`^${ui.change}`) })).toHaveCount(given.length);
};

/**
 * Walks a subtree of paths depth first, as a person would: answer, check the new step (heading, URL,
 * focus), go deeper, then come back with the Back link and take the next answer. Every root-to-outcome
 * path is walked in full, in order; paths that share a beginning share its clicks. Returns the outcomes reached.
 */
const walk = async (page: Page, node: PathNode, trail: FlowPath): Promise<number> => {
  await expectAt(page, node.stepId);
  if (trail.length > 0) await expect(h1(page)).toBeFocused();
  if (node.children.size === 0) {
    await expectAnswersListed(page, trail);
    return 1;
  }
  let outcomes = 0;
  for (const [answerId, child] of node.children) {
    await answerLink(page, labelOf(node.stepId, answerId)).click();
    outcomes += await walk(page, child, [...trail, { stepId: node.stepId, answerId }]);
    await page.getByRole('link', { name: ui.back, exact: true }).click();
    await expectAt(page, node.stepId);
  }
  return outcomes;
};

const tree = pathTree(paths);

/** A subtree to walk in one test, and the answers that lead to it from the start. */
interface Branch {
  readonly trail: FlowPath;
  readonly node: PathNode;
}

// Tests of a bounded size, so a failure names a small branch and the workers share the load evenly.
const MAX_BRANCH_SIZE = 250;
const branches = (node: PathNode, trail: FlowPath): Branch[] =>
  node.size <= MAX_BRANCH_SIZE || node.children.size === 0
    ? [{ trail, node }]
    : [...node.children].flatMap(([answerId, child]) => branches(child, [...trail, { stepId: node.stepId, answerId }]));

const describeTrail = (trail: FlowPath): string => trail.map((s) => `${s.stepId} (${s.answerId})`).join(' > ') || 'the start';

const walkBranches = branches(tree, []);

test.describe('every path, with JavaScript', () => {
  for (const { trail, node } of walkBranches) {
    test(`${describeTrail(trail)}: ${node.leaves} path(s)`, async ({ page }) => {
      test.setTimeout(20_000 + node.size * 400);
      await page.goto('/');
      await hydrated(page);
      for (const { stepId, answerId } of trail) {
        await expectAt(page, stepId);
        await answerLink(page, labelOf(stepId, answerId!)).click();
      }
      expect(await walk(page, node, trail)).toBe(node.leaves);
    });
  }

  test('the walks above cover every path the engine finds', () => {
    expect(walkBranches.reduce((sum, b) => sum + b.node.leaves, 0)).toBe(paths.length);
  });
});

// Without JavaScript every page is the same however it was reached (the journey lives only in links
// that the script adds), so checking every answer of every step, and walking to each outcome from the
// start, proves that every path can be walked.
test.describe('without JavaScript, every answer is a real link', () => {
  test.use({ javaScriptEnabled: false });

  test('every answer of every step leads to its next step', async ({ page }) => {
    test.setTimeout(120_000);
    for (const step of flow.steps) {
      if (step.kind === 'outcome') continue;
      for (const { id, next } of step.answers) {
        await page.goto(pathOf(step.id));
        await answerLink(page, labelOf(step.id, id)).click();
        await expectAt(page, next);
      }
    }
  });

  test('every outcome can be reached from the start by following links', async ({ page }) => {
    test.setTimeout(120_000);
    const shortest = new Map<string, FlowPath>();
    for (const path of paths) {
      const end = path[path.length - 1].stepId;
      if ((shortest.get(end)?.length ?? Infinity) > path.length) shortest.set(end, path);
    }
    expect(shortest.size).toBe(flow.steps.filter((s) => s.kind === 'outcome').length);
    for (const path of shortest.values()) {
      await page.goto('/');
      for (const { stepId, answerId } of path) {
        await expectAt(page, stepId);
        if (answerId) await answerLink(page, labelOf(stepId, answerId)).click();
      }
    }
  });
});
