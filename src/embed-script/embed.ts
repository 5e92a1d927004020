/**
 * embed.js: one script tag puts Gateway Doctor into any page.
 *
 *   <script src="https://help.example.com/embed.js" data-start="visitor" async></script>
 *
 * Each tag becomes one framed wizard, sized to its content, right where the tag is (or in the element
 * `data-target` names). Several tags make several independent wizards. What happens inside is
 * re-dispatched as DOM events on the container. Options and events: docs/embedding.md.
 */
import { audienceStartStep } from '@/context/start-step';
import { audiences, contextParams as contextSpecs, isContextName, type Audience } from '@/context/params';
import { embedQuery, HOST_SOURCE, isStepId, isTheme, PROTOCOL_VERSION, readHexColour, readHostMessage, readWizardMessage } from '@/embed/protocol';
import { localeOfTag, type Locale } from '@/registry/locales';

const MOUNTED = 'gatewayDoctorMounted';
const COUNTER = '__gatewayDoctorEmbeds';

/** The frame's default title, a screen reader's name for it, in each language the guide has (data-lang). */
const frameTitles = {
  en: 'Gateway Doctor: step-by-step help with a 502 Bad Gateway error',
  es: 'Gateway Doctor: ayuda paso a paso con un error 502 Bad Gateway',
  de: 'Gateway Doctor: Schritt-für-Schritt-Hilfe bei einem 502 Bad Gateway',
} as const satisfies Record<Locale, string>;

/** Embeds on this page so far: one count for every copy of this script the page loads. */
const nextNumber = (): number => {
  const host = window as unknown as Record<string, number | undefined>;
  host[COUNTER] = (host[COUNTER] ?? 0) + 1;
  return host[COUNTER];
};

/**
 * The error-page parameters to pass on: from the host page's own address, or from the attribute. A
 * value longer than the guide accepts is cut just past its limit, never to it: the guide then refuses
 * it and says why, as for a link, instead of showing a shortened address as if it were the real one.
 */
const contextParams = (source: string | undefined): URLSearchParams => {
  const from = source === 'page' ? window.location.search : (source ?? '');
  const params = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(from)) {
    if (isContextName(name) && !params.has(name)) params.set(name, value.slice(0, contextSpecs[name].maxLength + 1));
  }
  return params;
};

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function mount(script: HTMLScriptElement): void {
  if (script.dataset[MOUNTED] !== undefined) return;
  script.dataset[MOUNTED] = '';
  const options = script.dataset;
  const wizard = new URL('/', script.src);
  const number = nextNumber();
  const frame = `gateway-doctor-${number}-${Math.random().toString(36).slice(2, 8)}`;
  // Frames on one page need distinct titles, so a screen reader's list of frames tells them apart; the
  // default one is in the guide's language (data-lang), as the frame's content is.
  const defaultTitle = frameTitles[(options.lang && localeOfTag(options.lang)) || 'en'];
  const title = options.title || (number > 1 ? `${defaultTitle} (${number})` : defaultTitle);

  const params = contextParams(options.context);
  const start = options.start ?? '';
  let path = '/';
  if ((audiences as readonly string[]).includes(start)) path = `/step/${audienceStartStep(start as Audience)}/`;
  else if (isStepId(start)) path = `/step/${start}/`;
  if (options.lang) params.set('lang', options.lang.slice(0, contextSpecs.lang.maxLength + 1));
  const accent = readHexColour(options.accent);
  const query = embedQuery({
    host: window.location.origin,
    frame,
    theme: isTheme(options.theme) ? options.theme : 'auto',
    ...(accent ? { accent } : {}),
    ...(options.background === 'transparent' ? { transparent: true } : {}),
    label: title,
    ...(options.liveCheck === 'on' ? { liveCheck: true } : {}),
  });
  const context = params.toString();

  const iframe = document.createElement('iframe');
  iframe.src = new URL(`${path}?${query}${context ? `&${context}` : ''}`, wizard).href;
  iframe.title = title;
  iframe.name = frame;
  iframe.loading = 'lazy';
  iframe.referrerPolicy = 'no-referrer';
  iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox');
  iframe.allow = 'clipboard-write';
  // The frame is always as tall as its content, so it never needs a scrollbar of its own.
  iframe.setAttribute('scrolling', 'no');
  const initialHeight = Math.min(Math.max(Number(options.height) || 560, 200), 4000);
  // Hidden until the wizard reports its height (or, should it never, shortly after the frame loaded),
  // so the host never sees the page before its embed mode is on.
  Object.assign(iframe.style, { display: 'block', width: '100%', border: '0', height: `${initialHeight}px`, visibility: 'hidden' });
  const reveal = () => {
    iframe.style.visibility = '';
  };
  iframe.addEventListener('load', () => window.setTimeout(reveal, 1500), { once: true });

  const target = options.target ? document.querySelector(options.target) : null;
  const container = target ?? document.createElement('div');
  if (!target) {
    container.className = 'gateway-doctor';
    script.before(container);
  }
  container.append(iframe);

  let viewed = 0;
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== wizard.origin) return;
    const message = readWizardMessage(event.data);
    if (!message || message.frame !== frame) return;
    const { event: happened } = message;
    if (happened.type === 'resize') {
      iframe.style.height = `${happened.height}px`;
      reveal();
    }
    if (happened.type === 'step-viewed') {
      viewed += 1;
      // A new step starts at its top: bring the frame's top into view if the page scrolled past it.
      if (viewed > 1 && iframe.getBoundingClientRect().top < 0) {
        iframe.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
      }
    }
    container.dispatchEvent(new CustomEvent(`gateway-doctor:${happened.type}`, { bubbles: true, detail: { ...happened, frame } }));
  });

  // The host's commands, as an event on the container: passed on to this frame only, to its origin only.
  container.addEventListener('gateway-doctor:command', (event: Event) => {
    const command = readHostMessage({ source: HOST_SOURCE, version: PROTOCOL_VERSION, command: (event as CustomEvent).detail });
    if (command) iframe.contentWindow?.postMessage({ source: HOST_SOURCE, version: PROTOCOL_VERSION, command }, wizard.origin);
  });
}

const current = document.currentScript;
if (current instanceof HTMLScriptElement) mount(current);
