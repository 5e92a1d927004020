import type { ReactNode } from 'react';
import type { StepKind } from '@/engine/types';
import { NodeShape } from '@/features/map/node-shape';
import words from 'virtual:ui-words/map';

const kinds: readonly StepKind[] = ['question', 'advice', 'outcome'];

const Swatch = ({ children }: { children: ReactNode }) => (
  <svg className="map-swatch" aria-hidden="true" focusable="false" viewBox="0 0 44 24" width={44} height={24}>
    {children}
  </svg>
);

/** The key to the diagram: each kind's shape named in words, and the marks for the visitor's place. */
export const MapLegend = ({ marked }: { marked: boolean }) => (
  <div className="map-legend">
    <h3>{words.legendTitle}</h3>
    <ul>
      {kinds.map((kind) => (
        <li key={kind} className={`map-node map-node-${kind}`}>
          <Swatch>
            <NodeShape kind={kind} x={2} y={2} width={40} height={20} />
          </Swatch>
          {words.kinds[kind]}
        </li>
      ))}
      {marked ? (
        <>
          <li className="map-node map-current">
            <Swatch>
              <NodeShape kind="question" x={2} y={2} width={40} height={20} />
            </Swatch>
            {words.youAreHere}
          </li>
          <li>
            <Swatch>
              <path className="map-edge map-on-path" d="M2,12 L42,12" />
            </Swatch>
            {words.yourPath}
          </li>
        </>
      ) : null}
    </ul>
  </div>
);
