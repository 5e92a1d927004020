import { components } from '@/diagnose/components';
import { patterns } from '@/diagnose/patterns';
import { NAMED_IN_TEXT } from '@/diagnose/findings';
import { CACHED_ERROR, STORED_NOT_502 } from '@/diagnose/with-headers';

/**
 * Every sentence of the classifier a reader sees, in English, once each and in the table's order: the
 * patterns' headings, explanations and status notes, the cached-error finding's, the one for a page whose
 * product only the text names, and the components' names.
 * Another locale translates each in content/<code>/diagnose.json (docs/translating.md), keyed by the
 * English sentence, so a changed sentence shows up there as missing.
 */
export const diagnoseSentences: readonly string[] = [
  ...new Set([
    ...Object.values(components).map((component) => component.name),
    ...patterns.flatMap((pattern) => [pattern.heading, pattern.explanation, pattern.statusNote].filter((sentence) => sentence !== undefined)),
    CACHED_ERROR,
    STORED_NOT_502,
    NAMED_IN_TEXT,
  ]),
];
