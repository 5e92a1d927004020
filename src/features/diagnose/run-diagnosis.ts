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

/**
 * Starts the worker and has it read `sample` once (in idle time, off the main thread), so the first
 * paste waits neither for the worker nor for the classifier's first run: a sample longer than a few
 * kilobytes also builds the automaton that long pastes are scanned with, and warms its code.
 */
export const warmDiagnosis = (sample = ''): void => {
  if (warmed) return;
  warmed = true;
  void runDiagnosis(sample).catch(() => undefined);
  // V8 compiles each RegExp apart for one-byte (Latin-1) and two-byte strings, and text copied from a
  // page usually holds a character past Latin-1 (’ • …): the same sample with one warms that code too.
  void runDiagnosis(`${sample}\u2022`).catch(() => undefined);
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
