/**
 * The embed protocol: the query parameters the embed script puts on the frame's address, the messages
 * the wizard posts to the host page, and the commands it accepts from it. Pure TypeScript, shared by
 * the wizard (src/features/embed) and the embed script (src/embed-script); docs/embedding.md is the
 * contract for hosts.
 */
import { asksForEmbed, decodeQueryPart } from '@/embed/flag';

/** `source` of every message the wizard posts, and the version of their shape. */
export const WIZARD_SOURCE = 'gateway-doctor';
/** `source` a host's command must carry. */
export const HOST_SOURCE = 'gateway-doctor-host';
export const PROTOCOL_VERSION = 1;

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** What the wizard tells the host. Ids only: the host already knows its visitor, the wizard tracks nothing. */
export type WizardEvent =
  | { type: 'resize'; height: number }
  | { type: 'step-viewed'; stepId: string; kind: 'question' | 'advice' | 'outcome' }
  | { type: 'outcome-reached'; stepId: string; resolved: boolean }
  | { type: 'fix-answered'; stepId: string; fixed: boolean };
export type WizardEventType = WizardEvent['type'];
export const wizardEventTypes: readonly WizardEventType[] = ['resize', 'step-viewed', 'outcome-reached', 'fix-answered'];

export interface WizardMessage {
  source: typeof WIZARD_SOURCE;
  version: typeof PROTOCOL_VERSION;
  /** The frame's id (its `frame` parameter), so a page with several embeds knows which one spoke. */
  frame: string;
  event: WizardEvent;
}

/** What a host may ask of the wizard. */
export type HostCommand = { type: 'set-theme'; theme: Theme } | { type: 'set-accent'; accent: string | null };

export interface HostMessage {
  source: typeof HOST_SOURCE;
  version: typeof PROTOCOL_VERSION;
  command: HostCommand;
}

/** The embed mode's own query parameters, read and removed before the context parameters are. */
export const embedParamNames = ['embed', 'host', 'frame', 'theme', 'accent', 'bg', 'label', 'live'] as const;

export interface EmbedOptions {
  /** The host page's origin, as the embed script saw it; where events go (checked against the real parent). */
  readonly host?: string;
  readonly frame: string;
  readonly theme: Theme;
  /** `#rrggbb`, lower case. */
  readonly accent?: string;
  /** The host's own background shows through (the host then keeps the wizard's theme matched to its own). */
  readonly transparent?: boolean;
  /** The frame's title, which also names the wizard's main landmark (several embeds stay distinguishable). */
  readonly label?: string;
  /**
   * The host offers the live check (`live=1`). Off by default in a frame: a page that frames the wizard
   * invisibly could otherwise get a visitor's click to start checks (docs/embedding.md).
   */
  readonly liveCheck?: boolean;
}

/** Text for a label: no control or formatting characters, at most 120 characters. */
const readLabel = (value: string | undefined): string | undefined => {
  const text = value?.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '').trim().slice(0, 120);
  return text ? text : undefined;
};

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRAME_ID = /^[A-Za-z0-9_-]{1,40}$/;
const HEX = /^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const MAX_HEIGHT = 100_000;

/** `#abc`, `abc`, `#aabbcc` or `aabbcc` as `#aabbcc`; undefined for anything else. */
export const readHexColour = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const match = HEX.exec(value.trim());
  if (!match) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return `#${hex.toLowerCase()}`;
};

/** An http(s) origin exactly as `URL.origin` writes it, or undefined. */
export const readOrigin = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || value.length > 300) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin === value ? value : undefined;
  } catch {
    return undefined;
  }
};

export const isTheme = (value: unknown): value is Theme => (themes as readonly unknown[]).includes(value);

const decode = decodeQueryPart;

/**
 * Splits a query string into the embed options (when `embed=1` is there) and the rest, which is left
 * byte for byte as it was for the context parser. Embed parameters without `embed=1` stay in the rest.
 */
export const readEmbedParams = (search: string): { embed?: EmbedOptions; rest: string } => {
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (!asksForEmbed(query)) return { rest: query };
  const pairs = query.split('&');
  const named = (pair: string) => decode(pair.split('=')[0]);
  const values: Record<string, string> = {};
  const rest: string[] = [];
  for (const pair of pairs) {
    const name = named(pair);
    if (name !== undefined && (embedParamNames as readonly string[]).includes(name)) {
      const value = pair.includes('=') ? decode(pair.slice(pair.indexOf('=') + 1)) : '';
      if (value !== undefined && !(name in values)) values[name] = value.slice(0, 300);
    } else rest.push(pair);
  }
  const host = readOrigin(values.host);
  const accent = readHexColour(values.accent);
  const embed: EmbedOptions = {
    frame: FRAME_ID.test(values.frame ?? '') ? values.frame : 'gateway-doctor',
    theme: isTheme(values.theme) ? values.theme : 'auto',
    ...(host ? { host } : {}),
    ...(accent ? { accent } : {}),
    ...(values.bg === 'transparent' ? { transparent: true } : {}),
    ...(readLabel(values.label) ? { label: readLabel(values.label) } : {}),
    ...(values.live === '1' ? { liveCheck: true } : {}),
  };
  return { embed, rest: rest.join('&') };
};

/** Writes embed options as query parameters (for the embed script's frame address). */
export const embedQuery = (options: EmbedOptions): string =>
  [
    'embed=1',
    options.host ? `host=${encodeURIComponent(options.host)}` : '',
    `frame=${encodeURIComponent(options.frame)}`,
    options.theme !== 'auto' ? `theme=${options.theme}` : '',
    options.accent ? `accent=${encodeURIComponent(options.accent)}` : '',
    options.transparent ? 'bg=transparent' : '',
    options.label ? `label=${encodeURIComponent(options.label)}` : '',
    options.liveCheck ? 'live=1' : '',
  ]
    .filter(Boolean)
    .join('&');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A host's command if `data` is exactly one of the documented shapes; anything else is undefined. */
export const readHostMessage = (data: unknown): HostCommand | undefined => {
  if (!isRecord(data) || data.source !== HOST_SOURCE || data.version !== PROTOCOL_VERSION) return undefined;
  const { command } = data;
  if (!isRecord(command)) return undefined;
  if (command.type === 'set-theme' && isTheme(command.theme)) return { type: 'set-theme', theme: command.theme };
  if (command.type === 'set-accent') {
    if (command.accent === null) return { type: 'set-accent', accent: null };
    const accent = readHexColour(command.accent);
    if (accent) return { type: 'set-accent', accent };
  }
  return undefined;
};

const readEvent = (event: unknown): WizardEvent | undefined => {
  if (!isRecord(event)) return undefined;
  const stepId = typeof event.stepId === 'string' && event.stepId.length <= 80 && STEP_ID.test(event.stepId) ? event.stepId : undefined;
  switch (event.type) {
    case 'resize': {
      const { height } = event;
      return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT
        ? { type: 'resize', height: Math.ceil(height) }
        : undefined;
    }
    case 'step-viewed':
      return stepId && (event.kind === 'question' || event.kind === 'advice' || event.kind === 'outcome')
        ? { type: 'step-viewed', stepId, kind: event.kind }
        : undefined;
    case 'outcome-reached':
      return stepId && typeof event.resolved === 'boolean' ? { type: 'outcome-reached', stepId, resolved: event.resolved } : undefined;
    case 'fix-answered':
      return stepId && typeof event.fixed === 'boolean' ? { type: 'fix-answered', stepId, fixed: event.fixed } : undefined;
    default:
      return undefined;
  }
};

/** The wizard's message if `data` has the documented shape (the embed script trusts nothing else). */
export const readWizardMessage = (data: unknown): WizardMessage | undefined => {
  if (!isRecord(data) || data.source !== WIZARD_SOURCE || data.version !== PROTOCOL_VERSION) return undefined;
  if (typeof data.frame !== 'string' || !FRAME_ID.test(data.frame)) return undefined;
  const event = readEvent(data.event);
  return event ? { source: WIZARD_SOURCE, version: PROTOCOL_VERSION, frame: data.frame, event } : undefined;
};

/** Builds a message for the host. */
export const wizardMessage = (frame: string, event: WizardEvent): WizardMessage => ({
  source: WIZARD_SOURCE,
  version: PROTOCOL_VERSION,
  frame,
  event,
});

/** Whether a `data-start` value names a step (else it may be an audience). */
export const isStepId = (value: string): boolean => value.length <= 80 && STEP_ID.test(value);
