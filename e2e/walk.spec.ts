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

/** What one walk has done: answers clicked, steps whose subtree it walked in full, paths it walked. */
interface WalkLog {
  readonly clicked: Set<string>;
  readonly walkedFully: Set<string>;
  paths: number;
  joined: number;
}

// `E2E_WALK=full` walks every root-to-outcome path in full; by default a subtree already walked from
// another route is entered once more and followed along its first path only (see walk()).
const FULL = process.env.E2E_WALK === 'full';

/**
 * Walks a subtree of paths depth first, as a person would: answer, check the new step (heading, URL,
 * focus), go deeper, then come back with the Back link and take the next answer. At every outcome,
 * "Your answers" must list the whole path. A step whose subtree this walk has already covered in full
 * from another route (a join: many gateways lead to the same cause steps) is checked with its new
 * journey and followed along its first answers to an outcome, not walked again in every combination.
 */
const walk = async (page: Page, node: PathNode, trail: FlowPath, log: WalkLog): Promise<void> => {
  await expectAt(page, node.stepId);
  if (trail.length > 0) await expect(h1(page)).toBeFocused();
  if (node.children.size === 0) {
    await expectAnswersListed(page, trail);
    log.paths += 1;
    return;
  }
  const joined = !FULL && log.walkedFully.has(node.stepId);
  if (joined) log.joined += 1;
  const children = joined ? [...node.children].slice(0, 1) : [...node.children];
  for (const [answerId, child] of children) {
    log.clicked.add(`${node.stepId}.${answerId}`);
    await answerLink(page, labelOf(node.stepId, answerId)).click();
    await walk(page, child, [...trail, { stepId: node.stepId, answerId }], log);
    await page.getByRole('link', { name: ui.back, exact: true }).click();
    await expectAt(page, node.stepId);
  }
  if (!joined) log.walkedFully.add(node.stepId);
};

/** Every answer taken somewhere below a node of the path tree. */
const answersBelow = (node: PathNode, into = new Set<string>()): Set<string> => {
  for (const [answerId, child] of node.children) {
    into.add(`${node.stepId}.${answerId}`);
    answersBelow(child, into);
  }
  return into;
};

const tree = pathTree(paths);

/** A subtree to walk in one test, and the answers that lead to it from the start. */
interface Branch {
  readonly trail: FlowPath;
  readonly node: PathNode;
}

// A full walk is split into tests of a bounded size so the workers share the load; the default walk
// takes one test per kind of person on the start page.
const MAX_BRANCH_SIZE = 250;
const childBranches = (node: PathNode, trail: FlowPath): Branch[] =>
  [...node.children].map(([answerId, child]) => ({ trail: [...trail, { stepId: node.stepId, answerId }], node: child }));
const bySize = (branch: Branch): Branch[] =>
  branch.node.size <= MAX_BRANCH_SIZE || branch.node.children.size === 0
    ? [branch]
    : childBranches(branch.node, branch.trail).flatMap(bySize);
const branches = (root: PathNode): Branch[] => (FULL ? bySize({ trail: [], node: root }) : childBranches(root, []));

const describeTrail = (trail: FlowPath): string => trail.map((s) => `${s.stepId} (${s.answerId})`).join(' > ') || 'the start';

const walkBranches = branches(tree);

test.describe(`every path, with JavaScript${FULL ? ' (full walk)' : ''}`, () => {
  for (const { trail, node } of walkBranches) {
    test(`${describeTrail(trail)}: ${node.leaves} path(s)`, async ({ page }) => {
      test.setTimeout(FULL ? 20_000 + node.size * 400 : 240_000);
      await page.goto('/');
      await hydrated(page);
      for (const { stepId, answerId } of trail) {
        await expectAt(page, stepId);
        await answerLink(page, labelOf(stepId, answerId!)).click();
      }
      const log: WalkLog = { clicked: new Set(), walkedFully: new Set(), paths: 0, joined: 0 };
      await walk(page, node, trail, log);
      // Every answer of every step in this branch was clicked, in the journey of some real path.
      expect([...log.clicked].sort()).toEqual([...answersBelow(node)].sort());
      if (FULL) expect(log.paths).toBe(node.leaves);
      test.info().annotations.push({
        type: 'walk',
        description: `${log.paths} of ${node.leaves} paths walked to their outcome; ${log.joined} joins entered again along one path`,
      });
    });
  }

  test('the walks above start every path the engine finds', () => {
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
