import { say } from '@/content/diagnose-words';
import { reasonPhrases } from '@/diagnose/causes';
import { components, type ComponentInfo } from '@/diagnose/components';
import type { Diagnosis, Finding, FoundId } from '@/diagnose/index';
import words from 'virtual:ui-words/diagnose';

/** A component's name in the page's language (product names stay as they are). */
export const componentLabel = (component: Finding['component']): string => say(components[component].name);

/**
 * A sentence with the component's name in it: a product's name as it is written, a description
 * ("An unidentified gateway") in lower case unless it starts the sentence.
 */
const withComponent = (template: string, component: Finding['component']): string => {
  const label = componentLabel(component);
  const info: ComponentInfo = components[component];
  const inside = info.described ? label.charAt(0).toLocaleLowerCase() + label.slice(1) : label;
  return template.replace(/\{component\}/g, (_match, offset: number) => (offset === 0 ? label : inside));
};

/**
 * Why the status is not 502, when it is not: the pattern's own note, or the usual one ("nginx answers
 * 504 Gateway Timeout for this, not 502"). Nothing for a 502.
 */
export const statusNoteOf = ({ component, status, statusNote }: Pick<Finding, 'component' | 'status' | 'statusNote'>): string | undefined => {
  if (statusNote) return say(statusNote);
  if (status === 502) return undefined;
  const shown = reasonPhrases[status] ?? String(status);
  return components[component].kind === 'gateway'
    ? withComponent(words.statusOther, component).replace('{status}', shown)
    : words.statusBehind.replace('{status}', shown);
};

/**
 * The finding's heading: what failed, named with the component whenever the words allow it; the
 * pattern's own words where they name the mistake.
 */
export const findingHeading = ({ component, cause, status, heading }: Pick<Finding, 'component' | 'cause' | 'status' | 'heading'>): string => {
  if (heading) return withComponent(say(heading), component);
  const info = components[component];
  // A gateway answered the client, so "the app behind nginx"; an app server, the kernel or curl did not.
  const table = info.kind === 'gateway' ? words.headings.gateway : words.headings.direct;
  return withComponent(table[cause], component).replaceAll('{status}', String(status));
};

/** A finding's status as the page shows it: the number, or "No response" for 0 (nothing was sent). */
export const statusShown = (status: number): string => (status === 0 ? words.noResponse : String(status));

const idKinds: Record<FoundId['kind'], string> = { ray: words.rayId, request: words.requestId, trace: words.traceId };

/** How the page labels an id it found in the text ("Ray ID in the text", "… (x-request-id header)"). */
export const idLabel = (id: FoundId): string =>
  id.header ? words.idHeader.replace('{label}', idKinds[id.kind]).replace('{header}', id.header) : idKinds[id.kind];

/**
 * What the incident report keeps of a diagnosis, one line per id and per finding: the ids first (the
 * store keeps a limited number of lines, and they are few and what support asks for), then the
 * headings, with the component and the status when the heading does not say them. Never the text.
 */
export const pastedLines = ({ findings, ids }: Pick<Diagnosis, 'findings' | 'ids'>): string[] => [
  ...ids.map((id) => `${idLabel(id)}: ${id.value}`),
  ...findings.map((finding) => {
    const heading = findingHeading(finding);
    const name = componentLabel(finding.component);
    const status = statusShown(finding.status);
    const named = heading.toLocaleLowerCase().includes(name.toLocaleLowerCase());
    return `${named ? '' : `${name}: `}${heading}${heading.includes(status) ? '' : ` (${status})`}`;
  }),
];
