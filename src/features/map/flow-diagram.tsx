import { useRef } from 'react';
import { Link } from 'react-router';
import map from 'virtual:flow-map';
import { stepPath } from '@/engine/url';
import { flow } from '@/flows/current';
import { NodeShape } from '@/features/map/node-shape';
import { canZoom, useZoom } from '@/features/map/use-zoom';
import { useHydrated } from '@/hooks/use-hydrated';
import { mapText, type MapEdge, type MapNode, type MapPoint } from '@/map/flow-map';
import { answerKey, type MapPosition } from '@/map/position';
import words from 'virtual:ui-words/map';

const TAG_HEIGHT = 20;

/** A smooth line through the layout's points: straight to each midpoint, curving round the corners between. */
const edgePath = (points: readonly MapPoint[]): string => {
  const [first, ...rest] = points;
  if (!first) return '';
  const curves = rest.slice(0, -1).map((p, i) => `Q${p.x},${p.y} ${(p.x + rest[i + 1].x) / 2},${(p.y + rest[i + 1].y) / 2}`);
  const last = rest[rest.length - 1];
  return [`M${first.x},${first.y}`, ...curves, last ? `L${last.x},${last.y}` : ''].join(' ');
};

const onPath = (edge: MapEdge, position?: MapPosition): boolean => position?.answers.has(answerKey(edge.from, edge.answerId)) ?? false;

const nodeClass = (node: MapNode, position?: MapPosition): string =>
  ['map-node', `map-node-${node.kind}`, position?.steps.has(node.id) ? 'map-on-path' : '', position?.current === node.id ? 'map-current' : '']
    .filter(Boolean)
    .join(' ');

/** "You are here", as a tag on the top edge of the current step's box; sized by its length (about 8 px a character at 13 px bold). */
const HereTag = ({ node }: { node: MapNode }) => (
  <g className="map-here" transform={`translate(${node.x} ${node.y - TAG_HEIGHT + 4})`}>
    <rect width={words.youAreHere.length * 8 + 16} height={TAG_HEIGHT} rx={4} />
    <text x={8} y={14}>
      {words.youAreHere}
    </text>
  </g>
);

// The links are for pointer users; keyboard and screen reader users get the same links once, in the list.
const Node = ({ node, position }: { node: MapNode; position?: MapPosition }) => (
  <Link to={stepPath(flow, node.id)} tabIndex={-1} className={nodeClass(node, position)} data-step-id={node.id}>
    <NodeShape kind={node.kind} x={node.x} y={node.y} width={node.width} height={node.height} />
    <text x={node.x + node.width / 2} textAnchor="middle">
      {node.lines.map((line, i) => (
        <tspan key={i} x={node.x + node.width / 2} y={node.y + mapText.paddingY + mapText.lineHeight * (i + 0.75)}>
          {line}
        </tspan>
      ))}
    </text>
  </Link>
);

const Arrow = ({ id }: { id: string }) => (
  <marker id={id} className={id} viewBox="0 0 10 10" refX={10} refY={5} markerWidth={8} markerHeight={8} markerUnits="userSpaceOnUse" orient="auto">
    <path d="M0,0 L10,5 L0,10 z" />
  </marker>
);

/**
 * The whole flow as a zoomable drawing, laid out at build time. Hidden from assistive technology: the
 * list is its equal. `shown` says whether it is on screen (it sits in a closed <details> at first).
 */
export const FlowDiagram = ({ position, shown }: { position?: MapPosition; shown: boolean }) => {
  const hydrated = useHydrated();
  const canvas = useRef<HTMLDivElement>(null);
  // Once interactive and on screen, the visitor's step (or the start) is brought into view: a hidden
  // frame has no size to scroll in.
  const focusNode = hydrated && shown ? map.nodes.find((n) => n.id === (position?.current ?? flow.start)) : undefined;
  const focus = focusNode ? { x: focusNode.x + focusNode.width / 2, y: focusNode.y + focusNode.height / 2 } : undefined;
  const { scale, zoomIn, zoomOut, fitToWidth } = useZoom(canvas, map.width, focus);

  // Lines on the visitor's path are drawn last, so they lie on top of the others.
  const edges = [...map.edges].sort((a, b) => Number(onPath(a, position)) - Number(onPath(b, position)));
  const current = map.nodes.find((n) => n.id === position?.current);
  return (
    <>
      <div className="map-zoom" role="group" aria-label={words.zoomControls}>
        <button type="button" className="button button-secondary" onClick={zoomIn} disabled={!hydrated || !canZoom.in(scale)}>
          {words.zoomIn}
        </button>
        <button type="button" className="button button-secondary" onClick={zoomOut} disabled={!hydrated || !canZoom.out(scale)}>
          {words.zoomOut}
        </button>
        <button type="button" className="button button-secondary" onClick={fitToWidth} disabled={!hydrated}>
          {words.fit}
        </button>
        <p className="map-zoom-level" aria-live="polite">
          {words.zoomLevel.replace('{percent}', String(Math.round(scale * 100)))}
        </p>
      </div>
      <div ref={canvas} className="map-canvas" role="group" aria-label={words.canvasLabel} tabIndex={0}>
        <svg
          className="map-svg"
          aria-hidden="true"
          focusable="false"
          viewBox={`0 0 ${map.width} ${map.height}`}
          width={map.width * scale}
          height={map.height * scale}
        >
          <defs>
            <Arrow id="map-arrow" />
            <Arrow id="map-arrow-path" />
          </defs>
          <g className="map-edges">
            {edges.map((edge) => (
              <path
                key={answerKey(edge.from, edge.answerId)}
                className={onPath(edge, position) ? 'map-edge map-on-path' : 'map-edge'}
                d={edgePath(edge.points)}
                markerEnd={`url(#${onPath(edge, position) ? 'map-arrow-path' : 'map-arrow'})`}
              />
            ))}
          </g>
          <g className="map-nodes">
            {map.nodes.map((node) => (
              <Node key={node.id} node={node} position={position} />
            ))}
          </g>
          {current ? <HereTag node={current} /> : null}
        </svg>
      </div>
    </>
  );
};
