// The shape of the map of the flow, computed at build time (src/map/layout.ts) and shipped to the
// browser as plain data (virtual:flow-map). Types and constants only: the page imports this file
// without pulling in the layout library.
import type { StepKind } from '@/engine/types';

/** A point in the map's own units (SVG user units, which are CSS pixels at 100 % zoom). */
export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

/** One step drawn as a box; x and y are its top-left corner. */
export interface MapNode {
  readonly id: string;
  readonly kind: StepKind;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The step's title, wrapped to fit the box, one entry per line. */
  readonly lines: readonly string[];
}

/** One answer drawn as a line from its step to the step it leads to, as a polyline through `points`. */
export interface MapEdge {
  readonly from: string;
  readonly to: string;
  readonly answerId: string;
  readonly points: readonly MapPoint[];
}

/** The whole flow laid out: every step, every answer, and the size of the drawing. */
export interface FlowMap {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
}

/** The text metrics the layout sizes boxes with, and the diagram draws text with: one source for both. */
export const mapText = {
  /** Every box has this width; titles wrap to fit it. */
  nodeWidth: 208,
  fontSize: 14,
  lineHeight: 18,
  paddingX: 12,
  paddingY: 10,
  /**
   * Characters per line: the usable width (184) over a generous average glyph width (about 0.6 em)
   * for the system font, since the layout runs in Node where no font can be measured.
   */
  maxChars: 22,
} as const;
