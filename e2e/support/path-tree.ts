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
  const count = (n: PathNode): number => (n.size = 1 + [...n.children.values()].reduce((sum, c) => sum + count(c), 0));
  count(root);
  return root;
};
