import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ui } from '@/content/texts';
import { JOURNEY_PARAM } from '@/engine/url';
import { flow } from '@/flows/current';
import { BranchView } from '@/features/map/branch-view';
import { FlowDiagram } from '@/features/map/flow-diagram';
import { FlowOutline } from '@/features/map/flow-outline';
import { MapLegend } from '@/features/map/map-legend';
import { useHydrated } from '@/hooks/use-hydrated';
import { mapBranch } from '@/map/branch';
import { MAP_AT_PARAM, mapPosition } from '@/map/position';
import words from 'virtual:ui-words/map';

/**
 * The map of the flow: first the visitor's own branch (or the start), then the whole flow one action
 * away, as a diagram laid out at build time and as a nested list. The whole flow sits in a <details>,
 * so it opens without JavaScript too.
 */
export const MapPage = () => {
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  // The visitor's place comes from the query string, so it is read only after hydration: the
  // pre-rendered page is the same for every link.
  const position = useMemo(
    () => (hydrated ? mapPosition(flow, params.get(MAP_AT_PARAM), params.get(JOURNEY_PARAM)) : undefined),
    [hydrated, params],
  );
  const branch = useMemo(() => mapBranch(flow, position), [position]);
  const [wholeShown, setWholeShown] = useState(false);

  useEffect(() => {
    document.title = `${words.title} · ${ui.titleSuffix}`;
  }, []);

  return (
    <article className="map">
      <h1 id="main-heading" tabIndex={-1}>
        {words.title}
      </h1>
      <p>{words.intro}</p>
      {branch ? <BranchView branch={branch} /> : null}
      <details className="map-whole" onToggle={(event) => setWholeShown(event.currentTarget.open)}>
        <summary>{words.showWhole}</summary>
        <p>{words.listHint}</p>
        <section aria-labelledby="map-diagram-heading">
          <h2 id="map-diagram-heading">{words.diagramTitle}</h2>
          <MapLegend marked={position !== undefined} />
          <FlowDiagram position={position} shown={wholeShown} />
        </section>
        <section aria-labelledby="map-list-heading">
          <h2 id="map-list-heading">{words.listTitle}</h2>
          <FlowOutline position={position} />
        </section>
      </details>
    </article>
  );
};
