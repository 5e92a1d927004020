import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { stepText, ui } from '@/content/texts';
import { JOURNEY_PARAM, journeyHref } from '@/engine/url';
import { flow } from '@/flows/current';
import { FlowDiagram } from '@/features/map/flow-diagram';
import { FlowOutline } from '@/features/map/flow-outline';
import { MapLegend } from '@/features/map/map-legend';
import { useHydrated } from '@/hooks/use-hydrated';
import { MAP_AT_PARAM, mapPosition } from '@/map/position';

const words = ui.map;

/** The map of the whole flow: a diagram laid out at build time, and the same steps as a nested list. */
export const MapPage = () => {
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  // The visitor's place comes from the query string, so it is read only after hydration: the
  // pre-rendered page is the same for every link.
  const position = useMemo(
    () => (hydrated ? mapPosition(flow, params.get(MAP_AT_PARAM), params.get(JOURNEY_PARAM)) : undefined),
    [hydrated, params],
  );

  useEffect(() => {
    document.title = `${words.title} · ${ui.titleSuffix}`;
  }, []);

  return (
    <article className="map">
      <h1 id="main-heading" tabIndex={-1}>
        {words.title}
      </h1>
      <p>{words.intro}</p>
      <p>{words.listHint}</p>
      {position ? (
        <p className="map-position">
          <strong className="map-here-tag">{words.youAreHere}</strong>{' '}
          <Link to={journeyHref(flow, position.current, position.journey)}>{stepText(position.current)?.title}</Link>
        </p>
      ) : null}
      <section aria-labelledby="map-diagram-heading">
        <h2 id="map-diagram-heading">{words.diagramTitle}</h2>
        <MapLegend marked={position !== undefined} />
        <FlowDiagram position={position} />
      </section>
      <section aria-labelledby="map-list-heading">
        <h2 id="map-list-heading">{words.listTitle}</h2>
        <FlowOutline position={position} />
      </section>
    </article>
  );
};
