import type { FlowPath } from '@/engine/graph';

/** The flow's root-to-outcome paths folded into a tree: paths that begin alike share their first nodes. */
export interface PathNode {
  readonly stepId: string;
  /** Where each answer taken here leads, in the flow's answer order. */
  readonly children: Map<string, PathNode>;
  /** How many paths pass through this node (the outcomes below it). */
  leaves: number;
  /** How many nodes this subtree holds, itself included: the clicks a depth-first walk of it takes. */
  size: number;
}

const node = (stepId: string): PathNode => ({ stepId, children: new Map(), leaves: 0, size: 1 });

const count = (n: PathNode): number => (n.size = 1 + [...n.children.values()].reduce((sum, c) => sum + count(c), 0));

/** Builds the tree of a flow's paths; every path must start at the same step. */
export const pathTree = (paths: readonly FlowPath[]): PathNode => {
  const root = node(paths[0][0].stepId);
  for (const path of paths) {
    let here = root;
    here.leaves += 1;
    for (let i = 0; i < path.length - 1; i++) {
      const answerId = path[i].answerId!;
      let child = here.children.get(answerId);
      if (!child) {
        child = node(path[i + 1].stepId);
        here.children.set(answerId, child);
      }
      child.leaves += 1;
      here = child;
    }
  }
  count(root);
  return root;
};

/**
 * The tree a walk actually takes when every step's subtree is walked in full only once: the first time
 * the depth-first order meets a step, all its answers are followed; every later time (a join: many
 * gateways lead to the same cause steps) only its first answer is, down to an outcome. Every answer of
 * every step on a path is still taken somewhere, each in the journey of a real path.
 */
export const walkOnceTree = (root: PathNode): PathNode => {
  const walkedFully = new Set<string>();
  const prune = (n: PathNode): PathNode => {
    const joined = walkedFully.has(n.stepId);
    const kept = joined ? [...n.children].slice(0, 1) : [...n.children];
    const pruned: PathNode = { stepId: n.stepId, children: new Map(), leaves: 0, size: 1 };
    for (const [answerId, child] of kept) pruned.children.set(answerId, prune(child));
    if (!joined) walkedFully.add(n.stepId);
    pruned.leaves = pruned.children.size === 0 ? 1 : [...pruned.children.values()].reduce((sum, c) => sum + c.leaves, 0);
    return pruned;
  };
  const pruned = prune(root);
  count(pruned);
  return pruned;
};

/** A subtree to walk in one test, and the answers that lead to it from the start. */
export interface Branch {
  readonly trail: FlowPath;
  readonly node: PathNode;
}

/** Splits a tree into subtrees of at most `maxSize` nodes (a leaf on its own is never split further). */
export const branchesOf = (root: PathNode, maxSize: number): Branch[] => {
  const split = (branch: Branch): Branch[] =>
    branch.node.size <= maxSize || branch.node.children.size === 0
      ? [branch]
      : [...branch.node.children].flatMap(([answerId, child]) =>
          split({ trail: [...branch.trail, { stepId: branch.node.stepId, answerId }], node: child }),
        );
  return split({ trail: [], node: root });
};

/** Every answer taken somewhere below a node, as `stepId.answerId`. */
export const answersBelow = (n: PathNode, into = new Set<string>()): Set<string> => {
  for (const [answerId, child] of n.children) {
    into.add(`${n.stepId}.${answerId}`);
    answersBelow(child, into);
  }
  return into;
};
