import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { JOURNEY_PARAM, journeyFromUrl } from '@/engine/url';
import type { Journey } from '@/engine/types';
import { flow } from '@/flows/current';
import { useHydrated } from '@/hooks/use-hydrated';

const EMPTY: Journey = [];

/**
 * The answers that led to this step, read from the URL. A link whose answers do not lead here
 * (edited, truncated, from an older flow) is treated as no answers: the step still shows.
 */
export const useJourney = (stepId: string): Journey => {
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  const param = hydrated ? params.get(JOURNEY_PARAM) : null;
  return useMemo(() => {
    const journey = journeyFromUrl(flow, stepId, param);
    return journey.ok ? journey.value : EMPTY;
  }, [stepId, param]);
};
