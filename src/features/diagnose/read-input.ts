import { harText, HAR_MAX_CHARS, looksLikeHar, readHar, type HarEntry, type HarReading } from '@/diagnose/har';
import type { Diagnosis } from '@/diagnose/index';

/** Classifies a text: diagnose() itself, or the same run in a worker (run-diagnosis.ts). */
export type Classify = (text: string) => Diagnosis | Promise<Diagnosis>;

/** Why a HAR was not read. */
export type HarRefusal = Extract<HarReading, { ok: false }>['reason'];

/** What the page shows for one input: the text it read (for a HAR, the text made of what was kept). */
export type InputReading =
  | { readonly kind: 'text'; readonly text: string; readonly diagnosis: Diagnosis }
  | {
      readonly kind: 'har';
      readonly text: string;
      readonly diagnosis: Diagnosis;
      readonly requests: number;
      readonly failures: number;
      readonly failed: readonly HarEntry[];
      readonly fileName?: string;
    }
  | { readonly kind: 'refused'; readonly reason: HarRefusal };

/**
 * Reads what was pasted or opened: a HAR (a file, or pasted JSON that starts with `"log"`) becomes the
 * text of its failed requests' heads, and that text is what is classified and shown; anything else is
 * classified as it is. The HAR itself is dropped when this returns.
 */
export const readInput = async (input: string, classify: Classify, fileName?: string): Promise<InputReading> => {
  if (fileName === undefined && !looksLikeHar(input)) return { kind: 'text', text: input, diagnosis: await classify(input) };
  const har = readHar(input);
  if (!har.ok) return { kind: 'refused', reason: har.reason };
  const text = harText(har.failed);
  return { kind: 'har', text, diagnosis: await classify(text), requests: har.requests, failures: har.failures, failed: har.failed, fileName: fileName?.slice(0, 120) };
};

/** Reads a HAR file the person chose, refusing one over the cap before reading it. */
export const readHarFile = async (file: File, classify: Classify): Promise<InputReading> =>
  file.size > HAR_MAX_CHARS ? { kind: 'refused', reason: 'too-large' } : readInput(await file.text(), classify, file.name);
