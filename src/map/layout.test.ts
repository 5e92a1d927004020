import { describe, expect, it } from 'vitest';
import { readContent } from '@/content/read-content';
import { indexSteps } from '@/engine/graph';
import { testFlow } from '@/engine/test-flow';
import { flow } from '@/flows/current';
import { mapText, type MapNode } from '@/map/flow-map';
import { layoutFlow, wrapTitle } from '@/map/layout';

const { texts } = readContent(process.cwd());
const titleOf = (stepId: string): string => texts[stepId]?.title ?? stepId;
const map = layoutFlow(flow, titleOf);

const overlap = (a: MapNode, b: MapNode): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('wrapTitle', () => {
  it('breaks at spaces and keeps every line within the limit', () => {
    expect(wrapTitle('Is the upstream running at all?', 16)).toEqual(['Is the upstream', 'running at all?']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapTitle('a supercalifragilistic word', 10)).toEqual(['a', 'supercalif', 'ragilistic', 'word']);
  });
});

describe('the map of the 502 flow', () => {
  it('draws every step once, as a box of its kind with its wrapped title', () => {
    const steps = [...indexSteps(flow).values()];
    expect(map.nodes.map((n) => n.id)).toEqual(steps.map((s) => s.id));
    for (const node of map.nodes) {
      expect(node.kind).toBe(indexSteps(flow).get(node.id)?.kind);
      expect(node.lines.join(' ')).toBe(titleOf(node.id).replace(/\s+/g, ' '));
      expect(node.width).toBe(mapText.nodeWidth);
      expect(node.height).toBe(node.lines.length * mapText.lineHeight + 2 * mapText.paddingY);
    }
  });

  it('draws every answer as a line from its step to the step it leads to', () => {
    const answers = flow.steps.flatMap((s) => (s.kind === 'outcome' ? [] : s.answers.map((a) => `${s.id} ${a.id} ${a.next}`)));
    expect(map.edges.map((e) => `${e.from} ${e.answerId} ${e.to}`)).toEqual(answers);
    for (const edge of map.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  it('overlaps no two boxes, and keeps every box and line inside the drawing', () => {
    for (const [i, a] of map.nodes.entries()) {
      for (const b of map.nodes.slice(i + 1)) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(map.width);
      expect(a.y + a.height).toBeLessThanOrEqual(map.height);
    }
    for (const point of map.edges.flatMap((e) => e.points)) {
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThanOrEqual(map.width);
    }
  });

  it('starts at the left: the start step is in the first column', () => {
    const start = map.nodes.find((n) => n.id === flow.start);
    expect(start?.x).toBe(Math.min(...map.nodes.map((n) => n.x)));
  });

  it('is deterministic: the same flow and titles give the same map', () => {
    expect(layoutFlow(flow, titleOf)).toEqual(map);
  });
});

describe('a small flow', () => {
  it('lays out answers that lead to the same step as separate lines', () => {
    const small = layoutFlow(testFlow, (id) => id);
    expect(small.nodes).toHaveLength(6);
    expect(small.edges.filter((e) => e.to === 'logs').map((e) => e.from)).toEqual(['who', 'reload']);
  });

  it('leaves out an answer that leads to a missing step instead of failing', () => {
    const broken = { ...testFlow, steps: [...testFlow.steps.filter((s) => s.id !== 'escalate')] };
    const small = layoutFlow(broken, (id) => id);
    expect(small.nodes.map((n) => n.id)).not.toContain('escalate');
    expect(small.edges.some((e) => e.to === 'escalate')).toBe(false);
  });
});
