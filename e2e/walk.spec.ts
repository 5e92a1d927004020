import type { Page } from '@playwright/test';
import { answerLink, expect, hydrated, test } from './support/fixtures';
import { askedOf, flow, labelOf, pathOf, paths, titleOf, ui } from './support/flow-data';
import { answersBelow, branchesOf, pathTree, walkOnceTree, type PathNode } from './support/path-tree';
import type { FlowPath } from '@/engine/graph';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
/** The text of the h1 in a pre-rendered page's HTML. */
const headingOf = (html: string): string | undefined =>
  /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => ENTITIES[name]);

const expectAt = async (page: Page, stepId: string): Promise<void> => {
  await expect(h1(page)).toHaveText(titleOf(stepId));
  // The address follows right after the step's first frame.
  await expect(page).toHaveURL((url) => url.pathname === pathOf(stepId));
};

/**
 * On an outcome: "Your answers" lists every question asked on the way and the answer given, in order,
 * each with a Change link.
 */
const expectAnswersListed = async (page: Page, trail: FlowPath): Promise<void> => {
  const summary = page.getByRole('region', { name: ui.yourAnswers });
  const given = trail.map(({ stepId, answerId }) => labelOf(stepId, answerId!));
  await expect(summary.locator('dt')).toHaveText(trail.map(({ stepId }) => askedOf(stepId)));
  await expect(summary.locator('dd:not(:last-child)')).toHaveText(given);
  await expect(summary.getByRole('link', { name: new RegExp(`^${ui.change}`) })).toHaveCount(given.length);
};

// `E2E_WALK=full` walks every root-to-outcome path in full; by default each step's subtree is walked in
// full once, and entered again from every other route along its first answers only (walkOnceTree).
const FULL = process.env.E2E_WALK === 'full';

/**
 * Walks a subtree depth first, as a person would: answer, check the new step (heading, URL, focus), go
 * deeper, then come back with the Back link and take the next answer. At every outcome, "Your answers"
 * must list the whole path. Returns the answers it clicked.
 */
const walk = async (page: Page, node: PathNode, trail: FlowPath, clicked: Set<string>): Promise<void> => {
  await expectAt(page, node.stepId);
  if (trail.length > 0) await expect(h1(page)).toBeFocused();
  if (node.children.size === 0) {
    await expectAnswersListed(page, trail);
    return;
  }
  for (const [answerId, child] of node.children) {
    clicked.add(`${node.stepId}.${answerId}`);
    await answerLink(page, labelOf(node.stepId, answerId)).click();
    await walk(page, child, [...trail, { stepId: node.stepId, answerId }], clicked);
    await page.getByRole('link', { name: ui.back, exact: true }).click();
    await expectAt(page, node.stepId);
  }
};

const fullTree = pathTree(paths);
const walked = FULL ? fullTree : walkOnceTree(fullTree);

// Tests of a bounded number of clicks, so the workers share the load and no test's time grows with the
// flow. Each click is given seconds, far more than it takes on a busy machine (about 0.3 s).
const MAX_CLICKS_PER_TEST = 60;
const walkBranches = branchesOf(walked, MAX_CLICKS_PER_TEST);

const describeTrail = (trail: FlowPath): string => trail.map((s) => `${s.stepId} (${s.answerId})`).join(' > ') || 'the start';

test.describe(`every path, with JavaScript${FULL ? ' (full walk)' : ''}`, () => {
  for (const { trail, node } of walkBranches) {
    test(`${describeTrail(trail)}: ${node.leaves} path(s), ${node.size} steps`, async ({ page }) => {
      test.setTimeout(30_000 + (trail.length + node.size) * 3_000);
      await page.goto('/');
      await hydrated(page);
      for (const { stepId, answerId } of trail) {
        await expectAt(page, stepId);
        await answerLink(page, labelOf(stepId, answerId!)).click();
      }
      const clicked = new Set<string>();
      await walk(page, node, trail, clicked);
      expect([...clicked].sort()).toEqual([...answersBelow(node)].sort());
    });
  }

  test('the walks above take every answer of every step, and reach every outcome', () => {
    const taken = new Set<string>();
    for (const { trail, node } of walkBranches) {
      for (const { stepId, answerId } of trail) taken.add(`${stepId}.${answerId}`);
      answersBelow(node, taken);
    }
    const everyAnswer = flow.steps.flatMap((step) => (step.kind === 'outcome' ? [] : step.answers.map((answer) => `${step.id}.${answer.id}`)));
    expect([...taken].sort()).toEqual(everyAnswer.sort());
    if (FULL) expect(walkBranches.reduce((sum, b) => sum + b.node.leaves, 0)).toBe(paths.length);
    const outcomes = new Set(walkBranches.flatMap(({ node }) => leavesOf(node)));
    expect([...outcomes].sort()).toEqual(flow.steps.filter((s) => s.kind === 'outcome').map((s) => s.id).sort());
  });
});

/** The outcome steps at the ends of a subtree. */
const leavesOf = (node: PathNode): string[] =>
  node.children.size === 0 ? [node.stepId] : [...node.children.values()].flatMap(leavesOf);

// Without JavaScript every page is the same however it was reached (the journey lives only in links
// that the script adds), so checking every answer of every step, and walking to each outcome from the
// start, proves that every path can be walked.
test.describe('without JavaScript, every answer is a real link', () => {
  test.use({ javaScriptEnabled: false });

  // Every answer is an <a href> whose address serves the next step's page; one of them per step is also
  // clicked, and the walks to every outcome below click a real link at every step of their way. Steps
  // go in groups, one page for each (a new page per step cost more than its checks).
  const asked = flow.steps.filter((step) => step.kind !== 'outcome');
  const GROUP_SIZE = 5;
  for (let i = 0; i < asked.length; i += GROUP_SIZE) {
    const group = asked.slice(i, i + GROUP_SIZE);
    test(`every answer links to its next step: ${group.map((step) => step.id).join(', ')}`, async ({ page }) => {
      test.setTimeout(30_000 + group.reduce((sum, step) => sum + step.answers.length, 0) * 10_000);
      for (const step of group) {
        await page.goto(pathOf(step.id));
        for (const { id, next } of step.answers) {
          const href = await answerLink(page, labelOf(step.id, id)).getAttribute('href');
          const response = await page.request.get(href ?? '');
          expect(response.status(), `${step.id}: ${id} → ${href}`).toBe(200);
          expect(headingOf(await response.text()), `${step.id}: ${id} → ${href}`).toBe(titleOf(next));
        }
        const [{ id, next }] = step.answers;
        await answerLink(page, labelOf(step.id, id)).click();
        await expectAt(page, next);
      }
    });
  }

  const shortest = new Map<string, FlowPath>();
  for (const path of paths) {
    const end = path[path.length - 1].stepId;
    if ((shortest.get(end)?.length ?? Infinity) > path.length) shortest.set(end, path);
  }
  test('every outcome is the end of some path', () => {
    expect(shortest.size).toBe(flow.steps.filter((s) => s.kind === 'outcome').length);
  });
  for (const [outcome, path] of shortest) {
    test(`${outcome} can be reached from the start by following links`, async ({ page }) => {
      test.setTimeout(30_000 + path.length * 10_000);
      await page.goto('/');
      for (const { stepId, answerId } of path) {
        await expectAt(page, stepId);
        if (answerId) await answerLink(page, labelOf(stepId, answerId)).click();
      }
    });
  }
});
