import type { StepKind } from '@/engine/types';

/** How far the corners of each kind's box are rounded, as a share of its height: the kind shows in the shape. */
const roundness: Record<StepKind, number> = { question: 0.06, advice: 0.2, outcome: 0.5 };

/**
 * A step's box: square-cornered for a question, rounded and dashed for advice, a pill with a heavier
 * line for an outcome (dashes and line widths are in styles.css, under "The map"). Shared by the
 * diagram and its key, so the two cannot drift apart.
 */
export const NodeShape = ({ kind, x = 0, y = 0, width, height }: { kind: StepKind; x?: number; y?: number; width: number; height: number }) => (
  <rect className={`map-shape map-shape-${kind}`} x={x} y={y} width={width} height={height} rx={height * roundness[kind]} />
);
