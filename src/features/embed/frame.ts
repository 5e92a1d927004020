import { ui } from '@/content/texts';
import { accentFor } from '@/embed/accent';
import { frameKey } from '@/stores/frame-key';
import { isPlainClick } from '@/hooks/plain-click';
import {
  embedQuery,
  readEmbedParams,
  readHostMessage,
  readOrigin,
  wizardMessage,
  type EmbedOptions,
  type HostCommand,
  type Theme,
  type WizardEvent,
} from '@/embed/protocol';

/**
 * The wizard inside a host page's frame: no site chrome, the host's theme and accent, its height told
 * to the host, links out opened in a new tab, and events posted to the host's origin only.
 */

const STORAGE_KEY = 'gateway-doctor:embed';

interface Embedded {
  readonly frame: string;
  readonly label?: string;
  /** Where events go; undefined when the real parent's origin cannot be known. */
  readonly host?: string;
  readonly liveCheck?: boolean;
}

let embedded: Embedded | undefined;

const storageKey = (): string => frameKey(STORAGE_KEY);

/**
 * The options of this frame: from its address on the first load, from the tab's storage after a reload
 * (kept as the same query string, and read back through the same reader: storage is untrusted).
 */
const remember = (options: EmbedOptions | undefined): EmbedOptions | undefined => {
  try {
    if (options) sessionStorage.setItem(storageKey(), embedQuery(options));
    else return readEmbedParams(sessionStorage.getItem(storageKey()) ?? '').embed;
  } catch {
    // No storage in this frame: the options of the first load are all there is.
  }
  return options;
};

/**
 * The parent's real origin. The `host` parameter is only a claim (whoever framed the wizard wrote it),
 * so the browser's own record wins where it has one: location.ancestorOrigins, then the referrer.
 */
const parentOrigin = (claimed: string | undefined): string | undefined => {
  const ancestor = window.location.ancestorOrigins?.[0];
  if (ancestor) return readOrigin(ancestor);
  if (claimed) return claimed;
  try {
    return document.referrer ? readOrigin(new URL(document.referrer).origin) : undefined;
  } catch {
    return undefined;
  }
};

const applyTheme = (theme: Theme): void => {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
};

const applyAccent = (hex: string | null | undefined): void => {
  const style = document.documentElement.style;
  const { light, dark } = hex ? accentFor(hex) : {};
  for (const [scheme, value] of [['light', light], ['dark', dark]] as const) {
    if (value) style.setProperty(`--host-accent-${scheme}`, value);
    else style.removeProperty(`--host-accent-${scheme}`);
  }
};

const apply = (command: HostCommand): void => {
  if (command.type === 'set-theme') applyTheme(command.theme);
  else applyAccent(command.accent);
};

/**
 * Whether the live check may be offered here: always in a page of its own; in a frame only when the
 * host turned it on (embed mode with `live=1`). A frame without embed mode never offers it.
 */
export const liveCheckAllowedHere = (): boolean => window.parent === window || embedded?.liveCheck === true;

/** Posts an event to the host page, if the wizard is in a frame whose host is known. */
export const postToHost = (event: WizardEvent): void => {
  if (!embedded?.host) return;
  try {
    window.parent.postMessage(wizardMessage(embedded.frame, event), embedded.host);
  } catch {
    // The host went away or its origin changed: nobody to tell.
  }
};

/**
 * Names the wizard's main landmark after its frame once React has hydrated the page (the pre-rendered
 * HTML has no name there): a host page with its own main and several embeds keeps them apart.
 */
export const labelMainLandmark = (): void => {
  if (embedded) document.getElementById('main')?.setAttribute('aria-label', embedded.label ?? ui.siteName);
};

let lastHeight = -1;

/**
 * Tells the host the page's height if it changed. The ResizeObserver covers changes on screen; the app
 * also calls this after every render of a new page, because a browser stops rendering (and observing)
 * a cross-origin frame while it is off screen, and the frame must have its size before it scrolls in.
 */
export const reportHeight = (): void => {
  if (!embedded) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  postToHost({ type: 'resize', height });
};

/** Links that leave the wizard open in a new tab, so the wizard stays where the host put it. */
const openLinksOutInNewTabs = (): void => {
  document.addEventListener('click', (event) => {
    if (!isPlainClick(event)) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin === window.location.origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) return;
    event.preventDefault();
    window.open(url.href, '_blank', 'noopener,noreferrer');
  });
};

const listenToHost = (): void => {
  window.addEventListener('message', (event: MessageEvent) => {
    if (!embedded?.host || event.origin !== embedded.host || event.source !== window.parent) return;
    const command = readHostMessage(event.data);
    if (command) apply(command);
  });
};

/**
 * Starts embed mode when the address asked for it (or this frame asked for it before a reload).
 * Runs once, before the app renders. Returns whether the wizard is embedded.
 */
export const startEmbedMode = (options: EmbedOptions | undefined): boolean => {
  if (window.parent === window) return false;
  const active = remember(options);
  if (!active) return false;
  embedded = { frame: active.frame, host: parentOrigin(active.host), label: active.label, liveCheck: active.liveCheck };
  const root = document.documentElement;
  root.dataset.embed = '';
  if (active.transparent) root.dataset.background = 'transparent';
  applyTheme(active.theme);
  applyAccent(active.accent);
  listenToHost();
  openLinksOutInNewTabs();
  new ResizeObserver(reportHeight).observe(document.body);
  reportHeight();
  return true;
};
