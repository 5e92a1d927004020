// Build-time only (the flow-map plugin, tests): lays the flow out with dagre, so no coordinate is placed
// by hand. Runtime imports are relative: vite.config.ts loads this file, through flow-map-plugin.ts,
// before the "@" alias exists (type imports are erased, so they may use it).
import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { Flow } from '@/engine/types';
import { indexSteps } from '../engine/graph.ts';
import { mapText, type FlowMap, type MapEdge, type MapNode } from './flow-map.ts';

/** Breaks a title into lines of at most `maxChars` characters, at spaces; a longer word is cut. */
export const wrapTitle = (title: string, maxChars: number): string[] => {
  const words = title
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.match(new RegExp(`.{1,${maxChars}}`, 'gu')) ?? []);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
};

// Left to right: the flow is broad (shared steps, up to 7 answers a step) and 13 answers deep, so
// this direction gives a drawing closer to square than top to bottom (measured: 3.4 k × 4.2 k px
// against 8.1 k × 1.5 k). The vertical gap leaves room for the "You are here" tag above a box.
const graphOptions = { rankdir: 'LR', nodesep: 32, ranksep: 64, edgesep: 10, marginx: 16, marginy: 28 } as const;

// One decimal is far below a pixel at any zoom and keeps the shipped JSON short.
const round = (n: number): number => Math.round(n * 10) / 10;

/** Lays out every step as a box and every answer as a line between two boxes. Pure and deterministic. */
export const layoutFlow = (flow: Flow, titleOf: (stepId: string) => string): FlowMap => {
  const byId = indexSteps(flow);
  const graph = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  graph.setGraph({ ...graphOptions });
  const lines = new Map<string, string[]>();
  for (const step of byId.values()) {
    const wrapped = wrapTitle(titleOf(step.id), mapText.maxChars);
    lines.set(step.id, wrapped);
    graph.setNode(step.id, { width: mapText.nodeWidth, height: wrapped.length * mapText.lineHeight + 2 * mapText.paddingY });
  }
  // Two answers may lead to the same step, so each edge is named after its answer. An answer that
  // leads nowhere is left out: validation reports it, and the map still draws the rest.
  for (const step of byId.values()) {
    if (step.kind === 'outcome') continue;
    for (const answer of step.answers) {
      if (byId.has(answer.next)) graph.setEdge({ v: step.id, w: answer.next, name: answer.id }, {});
    }
  }
  layout(graph);

  const nodes: MapNode[] = [...byId.values()].map((step) => {
    const { x = 0, y = 0, width, height } = graph.node(step.id);
    return { id: step.id, kind: step.kind, x: round(x - width / 2), y: round(y - height / 2), width, height, lines: lines.get(step.id) ?? [] };
  });
  const edges: MapEdge[] = [...byId.values()].flatMap((step) =>
    step.kind === 'outcome'
      ? []
      : step.answers
          .filter((answer) => byId.has(answer.next))
          .map((answer) => ({
            from: step.id,
            to: answer.next,
            answerId: answer.id,
            points: (graph.edge({ v: step.id, w: answer.next, name: answer.id }).points ?? []).map((p) => ({ x: round(p.x), y: round(p.y) })),
          })),
  );
  const { width = 0, height = 0 } = graph.graph();
  return { width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
};

