import type { Diagnosis } from '@/diagnose/index';

type Answer = { readonly id: number; readonly diagnosis: Diagnosis } | { readonly id: number; readonly error: string };

let worker: Worker | undefined;
let failed = false;
let nextId = 0;
const pending = new Map<number, { resolve: (diagnosis: Diagnosis) => void; reject: (error: Error) => void }>();

/** The classifier's worker, started once; undefined where a browser (or a frame's policy) refuses one. */
const diagnosisWorker = (): Worker | undefined => {
  if (worker || failed || typeof Worker !== 'function') return worker;
  try {
    worker = new Worker(new URL('../../diagnose/worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<Answer>) => {
      const waiting = pending.get(data.id);
      pending.delete(data.id);
      if ('diagnosis' in data) waiting?.resolve(data.diagnosis);
      else waiting?.reject(new Error(data.error));
    };
    worker.onerror = () => {
      // The worker's script did not load: read on the main thread from now on.
      failed = true;
      worker = undefined;
      pending.forEach((waiting) => waiting.reject(new Error('the diagnosis worker failed')));
      pending.clear();
    };
  } catch {
    failed = true;
  }
  return worker;
};

let warmed = false;

/** The example's length, repeated, in the long second warm-up reading (see warmDiagnosis). */
const LONG_WARM_UP = 262_144;

/**
 * Starts the worker and has it read the example in idle time, off the main thread, so the first paste
 * waits neither for the worker nor for the classifier's first run. First a short reading, past the
 * 4,096 characters from which a paste is scanned with the automaton (so the automaton is built); then,
 * if nothing real is waiting, a long one: V8 optimises the scanner's loop and the finding code only
 * after many turns. A megabyte pasted on /diagnose/ reached its results in 216 to 268 ms (three bench
 * runs) after the short reading alone, in 168 to 185 ms with the long one. A paste that comes during the
 * long reading (60 to 120 ms of the worker's time here, begun as the page settles) waits for it;
 * `long` false skips it.
 */
export const warmDiagnosis = (example: string, long = true): void => {
  if (warmed) return;
  warmed = true;
  const repeated = (length: number) => example.repeat(Math.ceil(length / Math.max(example.length, 1)));
  // V8 compiles each RegExp apart for one-byte (Latin-1) and two-byte strings, and text copied from a
  // page usually holds a character past Latin-1 (’ • …): each reading is also made with one.
  const read = (text: string) => Promise.all([runDiagnosis(text), runDiagnosis(`${text}\u2022`)]);
  void read(repeated(8_192))
    // Only in the worker: on the main thread a long reading would be a long task.
    .then(() => (long && worker && pending.size === 0 ? read(repeated(LONG_WARM_UP)) : undefined))
    .catch(() => undefined);
};

const onMainThread = async (text: string): Promise<Diagnosis> => (await import('@/diagnose/index')).diagnose(text);

/**
 * Classifies `text` in a worker, so that the page keeps answering while 1 MB is read; where no worker
 * can run, on the main thread (its own chunk, loaded on first use).
 */
export const runDiagnosis = (text: string): Promise<Diagnosis> => {
  const target = diagnosisWorker();
  if (!target) return onMainThread(text);
  const id = nextId++;
  return new Promise<Diagnosis>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.postMessage({ id, text });
  }).catch(() => onMainThread(text));
};
