import { useEffect, useEffectEvent, useRef, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { createSiteProbe } from '@/features/live-checks/probe';
import type { LiveFinding } from '@/hops/chain';
import { maySiteLink, refusalFor, type CheckRefusal } from '@/live-checks/address';
import { createRechecker, type RecheckEvent, type Rechecker, type Visibility } from '@/live-checks/recheck';
import { contextStore } from '@/stores/context-store';
import words from 'virtual:ui-words/live';


const subscribeOnline = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/** navigator.onLine, kept current. False means surely offline; true only means a network is there. */
const useOnline = (): boolean => useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);

const pageVisibility: Visibility = {
  isHidden: () => document.visibilityState === 'hidden',
  onChange: (listener) => {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

/** Probe start times per address, shared by every check of it in this page, so stop-and-start cannot beat the bound. */
const probeLogs = new Map<string, number[]>();
const probeLogFor = (url: string): number[] => {
  const log = probeLogs.get(url) ?? [];
  probeLogs.set(url, log);
  return log;
};

const inWords = (ms: number | undefined): string => {
  const seconds = Math.max(1, Math.round((ms ?? 0) / 1000));
  return seconds < 90 ? words.seconds.replace('{count}', String(seconds)) : words.minutes.replace('{count}', String(Math.round(seconds / 60)));
};

/** One sentence for what the checks found last. */
const describe = (event: RecheckEvent): string => {
  const time = inWords(event.nextCheckInMs);
  switch (event.type) {
    case 'checking':
      return words.checking;
    case 'still-failing':
      if (event.result === 'status') return words.stillStatus.replace('{status}', String(event.status)).replace('{time}', time);
      if (event.result === 'redirect') return words.stillRedirect.replace('{time}', time);
      if (event.result === 'unreadable') return words.unreadable.replace('{time}', time);
      return words.noAnswer.replace('{time}', time);
    case 'back':
      return words.back.replace('{status}', String(event.status));
    case 'paused':
      return words.paused;
    case 'resumed':
      return words.resumed.replace('{time}', time);
    case 'stopped':
      return event.reason === 'max-attempts' ? words.gaveUp.replace('{count}', String(event.attempt)) : words.stopped;
  }
};

/**
 * What a check means for the failing-hop diagram; undefined leaves the last finding as it was. A
 * redirect or an answer the browser may not read says nothing about where it breaks.
 */
const findingOf = (event: RecheckEvent): LiveFinding | undefined => {
  if (event.type === 'back') return 'back';
  if (event.type !== 'still-failing') return undefined;
  if (event.result === 'status') return 'still-failing';
  return event.result === 'network-error' || event.result === 'timeout' ? 'no-answer' : undefined;
};

/**
 * The origin of the page that brought the visitor here, as the browser recorded it (never a claim in
 * the link): the framing page inside a frame, else the referrer.
 */
const cameFrom = (): string | undefined =>
  window.parent === window ? document.referrer || undefined : window.location.ancestorOrigins?.[0];

const refusalWords: Record<Exclude<CheckRefusal, 'not-http'>, string> = {
  'mixed-content': words.mixedContent,
  'private-address': words.privateAddress,
};

/**
 * The visitor's own checks, started by them: online or not, and whether the failing address answers
 * now, re-checked gently until it is back. Rendered only in the browser.
 */
export const LiveCheck = ({ url }: { url: string }) => {
  const online = useOnline();
  const [event, setEvent] = useState<RecheckEvent | null>(null);
  const rechecker = useRef<Rechecker | null>(null);
  const primary = useRef<HTMLButtonElement | null>(null);
  const section = useRef<HTMLElement | null>(null);
  useEffect(() => () => rechecker.current?.stop(), []);
  // The strip's "Check whether it is back": a press after this panel appeared starts the checks here.
  const asks = useStore(contextStore, (state) => state.liveCheckAsks);
  const [asksAtMount] = useState(asks);

  const running = event !== null && event.type !== 'back' && event.type !== 'stopped';
  const refusal = refusalFor(url, window.location);

  const start = () => {
    rechecker.current?.stop();
    const checks = createRechecker({
      probe: createSiteProbe(url, { sameOrigin: new URL(url).origin === window.location.origin }),
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
      now: Date.now,
      random: Math.random,
      visibility: pageVisibility,
      probeLog: probeLogFor(url),
    });
    rechecker.current = checks;
    checks.start((next) => {
      if (rechecker.current !== checks) return;
      setEvent(next);
      const finding = findingOf(next);
      if (finding) contextStore.getState().setLive(finding, describe(next));
    });
  };

  const onAsk = useEffectEvent(() => {
    if (refusal) return;
    // Smooth only where the stylesheet allows it (scroll-behavior, off for reduced motion).
    section.current?.scrollIntoView({ block: 'start' });
    // The keyboard follows: the main button, whose words now say the checks are running.
    primary.current?.focus({ preventScroll: true });
    if (running) rechecker.current?.checkNow();
    else start();
  });
  useEffect(() => {
    if (asks !== asksAtMount) onAsk();
  }, [asks, asksAtMount]);

  // The link's parser accepts http(s) addresses only, so this is a guard, not a case to word.
  if (refusal === 'not-http') return null;

  return (
    <section ref={section} className="live-check" aria-labelledby="live-check-heading">
      <h3 id="live-check-heading">{words.title}</h3>
      <p className={online ? undefined : 'live-offline'}>{online ? words.online : words.offline}</p>
      {refusal ? (
        <p>{refusalWords[refusal]}</p>
      ) : (
        <>
          <p className="live-explain">{words.explain}</p>
          <p className="live-actions">
            {/* One button that changes its words, so focus stays on it as the checks start and end. */}
            <button ref={primary} type="button" className="button" onClick={running ? () => rechecker.current?.checkNow() : start}>
              {running ? words.checkNow : words.start}
            </button>
            {running ? (
              <button type="button" className="button button-secondary" onClick={() => {
                  rechecker.current?.stop();
                  // The stop button goes away: keep the keyboard where it was, on the main button.
                  primary.current?.focus();
                }}
              >
                {words.stop}
              </button>
            ) : null}
          </p>
        </>
      )}
      <p className="live-status" role="status">
        {event ? describe(event) : null}
        {event?.type === 'back' && maySiteLink(url, cameFrom(), window.location) ? (
          <>
            {' '}
            <a href={url}>{words.openSite}</a>
          </>
        ) : null}
      </p>
    </section>
  );
};
