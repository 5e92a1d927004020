import type { ProbeResult } from '@/live-checks/recheck';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * One request to the failing address per check, from the visitor's browser. A CORS request reads the
 * real status when the site allows it (or is on the wizard's own origin); when the browser refuses to
 * show it, a no-cors request still tells whether the gateway answers at all, and later checks use
 * no-cors only, so a struggling site never gets two requests per check for long.
 */
export const createSiteProbe = (url: string, fetchImpl: Fetch = (input, init) => fetch(input, init)) => {
  let mode: 'unknown' | 'cors' | 'no-cors' = 'unknown';
  const init = (signal: AbortSignal, requestMode: RequestMode): RequestInit => ({
    method: 'HEAD',
    mode: requestMode,
    cache: 'no-store',
    credentials: 'omit',
    redirect: 'follow',
    referrerPolicy: 'no-referrer',
    signal,
  });

  return async (signal: AbortSignal): Promise<ProbeResult> => {
    if (mode !== 'no-cors') {
      try {
        const response = await fetchImpl(url, init(signal, 'cors'));
        mode = 'cors';
        return { kind: 'status', status: response.status, retryAfter: response.headers.get('Retry-After') };
      } catch {
        // Refused by CORS, or no answer at all: the browser does not say which.
        if (mode === 'cors' || signal.aborted) return { kind: 'network-error' };
      }
    }
    try {
      await fetchImpl(url, init(signal, 'no-cors'));
      mode = 'no-cors';
      return { kind: 'opaque' };
    } catch {
      return { kind: 'network-error' };
    }
  };
};

/** Whether the browser may ask this address at all from this page (no http:// from an https:// page). */
export const isBlockedAsMixedContent = (url: string, pageProtocol: string): boolean =>
  pageProtocol === 'https:' && url.startsWith('http:');
