import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { MapPoint } from '@/map/flow-map';

const MIN_SCALE = 0.05;
const MAX_SCALE = 2;
const STEP = 1.25;

const clamp = (scale: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** Scrolls `el` so the drawing's point (x, y), in its own units, is in the middle of the view. */
const scrollToCentre = (el: HTMLElement, { x, y }: MapPoint, scale: number): void =>
  el.scrollTo({ left: x * scale - el.clientWidth / 2, top: y * scale - el.clientHeight / 2, behavior: 'instant' });

/** What the zoom buttons need: the scale, and actions that keep the middle of the view in place. */
export interface Zoom {
  readonly scale: number;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly fitToWidth: () => void;
}

/**
 * Zooms a drawing of `width` by changing its rendered size inside the scroll container `canvas`.
 * Starts at 100 %, so the pre-rendered page and the first render agree; brings `focus` (a point of
 * the drawing) into the middle of the view whenever it changes.
 */
export const useZoom = (canvas: RefObject<HTMLElement | null>, width: number, focus?: MapPoint): Zoom => {
  const [scale, setScale] = useState(1);
  // The scale on screen, for the focus effect, which should run when the focus moves, not on every zoom.
  const shown = useRef(scale);
  // The point in the middle of the view before a zoom, put back in the middle after it.
  const anchor = useRef<MapPoint | null>(null);

  useLayoutEffect(() => {
    shown.current = scale;
    if (anchor.current && canvas.current) scrollToCentre(canvas.current, anchor.current, scale);
    anchor.current = null;
  }, [canvas, scale]);

  const focusX = focus?.x;
  const focusY = focus?.y;
  useEffect(() => {
    if (focusX !== undefined && focusY !== undefined && canvas.current) {
      scrollToCentre(canvas.current, { x: focusX, y: focusY }, shown.current);
    }
  }, [canvas, focusX, focusY]);

  const zoomTo = (next: number) => {
    const el = canvas.current;
    if (!el) return;
    anchor.current = { x: (el.scrollLeft + el.clientWidth / 2) / scale, y: (el.scrollTop + el.clientHeight / 2) / scale };
    setScale(clamp(next));
  };

  return {
    scale,
    zoomIn: () => zoomTo(scale * STEP),
    zoomOut: () => zoomTo(scale / STEP),
    fitToWidth: () => zoomTo((canvas.current?.clientWidth ?? width) / width),
  };
};

/** Whether a zoom button can do anything at this scale. */
export const canZoom = { in: (scale: number) => scale < MAX_SCALE, out: (scale: number) => scale > MIN_SCALE };
