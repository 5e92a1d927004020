import { useEffect, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { afterNextPaint } from '@/hooks/after-next-paint';

let appOnScreen = false;

/** Called at the app's first commit: a step page that mounts after it was reached by navigating. */
export const markAppOnScreen = (): void => {
  appOnScreen = true;
};

/**
 * Whether a step page shows all of itself yet. A step reached by an answer or a link shows its first
 * screen (heading, lead, answers) in the frame of the click, and its sections and what stands below
 * them right after that frame is painted, so the next question never waits for reference material
 * below the fold. Everywhere else the whole page renders at once: the app's first render over the
 * pre-rendered page (which already shows all of it), Back and Forward (their scroll position needs the
 * whole page) and a link to a section (#fix-it).
 */
export const useWholePage = (): boolean => {
  const navigationType = useNavigationType();
  const { hash } = useLocation();
  const [whole, setWhole] = useState(() => !appOnScreen || navigationType !== 'PUSH' || hash !== '');
  useEffect(() => (whole ? undefined : afterNextPaint(() => setWhole(true))), [whole]);
  return whole;
};
