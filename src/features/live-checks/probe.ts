import type { ProbeResult } from '@/live-checks/recheck';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

interface ProbeOptions {
  /** The address is on the wizard's own origin: its answers are always readable. */
  readonly sameOrigin?: boolean;
  readonly fetchImpl?: Fetch;
}

/**
 * One CORS request to the failing address per check, from the visitor's browser: it reads the real
 * status when the site allows it (or is on the wizard's own origin). A redirect is reported, never
 * followed, so the check asks the address the panel shows and nothing else. There is no no-cors
 * fallback: browsers allow no-cors requests only with redirects followed (Fetch standard, main fetch).
 * So a failed request is "no answer" only for a site whose answers were readable before (or are
 * same-origin); otherwise the browser cannot tell a site that is down from one that hides its answers.
 */
export const createSiteProbe = (url: string, { sameOrigin = false, fetchImpl = (input, init) => fetch(input, init) }: ProbeOptions = {}) => {
  let readable = sameOrigin;
  return async (signal: AbortSignal): Promise<ProbeResult> => {
    try {
      const response = await fetchImpl(url, {
        method: 'HEAD',
        mode: 'cors',
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'manual',
        referrerPolicy: 'no-referrer',
        signal,
      });
      readable = true;
      if (response.type === 'opaqueredirect') return { kind: 'redirect' };
      return { kind: 'status', status: response.status, retryAfter: response.headers.get('Retry-After') };
    } catch {
      return { kind: readable ? 'network-error' : 'unreadable' };
    }
  };
};
