import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { replay } from '@/engine/journey';
import { decodeJourney, JOURNEY_PARAM, journeyFromUrl, KEPT_PARAM } from '@/engine/url';
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

/**
 * The whole earlier journey carried by a "Change" link, if it is real and passes through this step:
 * answering the question again then keeps the later answers that still apply.
 */
export const useKeptJourney = (stepId: string): Journey | undefined => {
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  const param = hydrated ? params.get(KEPT_PARAM) : null;
  return useMemo(() => {
    if (!param) return undefined;
    const decoded = decodeJourney(param);
    if (!decoded.ok || !replay(flow, decoded.value).ok) return undefined;
    return decoded.value.some((choice) => choice.stepId === stepId) ? decoded.value : undefined;
  }, [stepId, param]);
};
