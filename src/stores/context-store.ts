import { createStore } from 'zustand/vanilla';
import { contextQuery, parseContext, type IgnoredParam } from '@/context/parse-context';
import type { ErrorContext } from '@/context/params';
import type { LiveFinding } from '@/hops/chain';
import type { PastedRequest } from '@/features/diagnose/pasted-request';
import { frameKey } from '@/stores/frame-key';

/** What the error page's link told this tab, and what of it was not used. */
export interface ContextState {
  readonly context: ErrorContext;
  /** Notes for the parameters that were not used; only for the visit that brought them. */
  readonly ignored: readonly IgnoredParam[];
  /** The step the wizard opened at because of the context, if it skipped any questions. */
  readonly startStep?: string;
  /** What the visitor's own live check found last, for the failing-hop diagram. */
  readonly live?: LiveFinding;
  /** What the live check said last, in words, for the incident report. */
  readonly liveSummary?: string;
  readonly setLive: (live: LiveFinding | undefined, summary?: string) => void;
  /** What the last text pasted on the diagnose page was found to say, one line per finding. */
  readonly pasted?: readonly string[];
  /** Where and when the failed request was, as that text said (for the report when no link told it). */
  readonly pastedRequest?: PastedRequest;
  /** The product that wrote that text's most likely finding (a product id), for fix pages when nothing else names one. */
  readonly pastedProduct?: string;
  readonly setPasted: (pasted: readonly string[], request?: PastedRequest, product?: string) => void;
  /** How many times "Check whether it is back" was pressed in the strip; the live check starts on each. */
  readonly liveCheckAsks: number;
  readonly askLiveCheck: () => void;
  /** The visitor pressed "Forget these details" on this page. */
  readonly forgotten?: boolean;
  readonly arrive: (arrival: { context: ErrorContext; ignored: readonly IgnoredParam[]; startStep?: string }) => void;
  readonly forget: () => void;
}

export const CONTEXT_STORE_KEY = 'gateway-doctor:context';

const storageKey = (): string => frameKey(CONTEXT_STORE_KEY);

const session = (): Storage | undefined => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
};

/** The context saved for this tab, re-checked by the same parser as a link: storage is untrusted. */
const readSaved = (): ErrorContext => {
  try {
    const saved = session()?.getItem(storageKey());
    return saved ? parseContext(saved, new Date()).context : {};
  } catch {
    return {};
  }
};

const writeSaved = (context: ErrorContext): void => {
  try {
    const query = contextQuery(context);
    if (query) session()?.setItem(storageKey(), query);
    else session()?.removeItem(storageKey());
  } catch {
    // Keeping the context across reloads is a nicety; this visit has it in memory.
  }
};

/**
 * The context lives for the tab (sessionStorage), so a reload keeps it and a new tab starts clean.
 * Nothing is read until `loadContext()` runs in the browser, before the first render.
 */
export const contextStore = createStore<ContextState>()((set) => ({
  context: {},
  ignored: [],
  arrive: ({ context, ignored, startStep }) => {
    writeSaved(context);
    set({ context, ignored: [...ignored], startStep, live: undefined, forgotten: false });
  },
  setLive: (live, summary) => set(summary === undefined ? { live } : { live, liveSummary: summary }),
  setPasted: (pasted, request, product) => set({ pasted: pasted.slice(0, 20), pastedRequest: request, pastedProduct: product }),
  liveCheckAsks: 0,
  askLiveCheck: () => set((state) => ({ liveCheckAsks: state.liveCheckAsks + 1 })),
  forget: () => {
    writeSaved({});
    set({ context: {}, ignored: [], startStep: undefined, live: undefined, liveSummary: undefined, pasted: undefined, pastedRequest: undefined, pastedProduct: undefined, forgotten: true });
  },
}));

/** Restores this tab's saved context (a reload, or the way back from another page). */
export const loadContext = (): void => {
  const context = readSaved();
  if (Object.keys(context).length > 0) contextStore.setState({ context });
};

/**
 * Whether the link told anything about the error: the reader's language (`lang`) alone is not a
 * detail of it, and makes no "What the error page's link told us" panel.
 */
export const hasErrorDetails = (context: ErrorContext): boolean => Object.keys(context).some((name) => name !== 'lang');

/** Whether the "What we know" panel has anything to show (its code loads only then). */
export const hasPanel = (state: ContextState): boolean => hasErrorDetails(state.context) || state.ignored.length > 0 || state.forgotten === true;
