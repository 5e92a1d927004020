// The classifier off the main thread: reading 1 MB takes longer than a frame, and a page must keep
// answering while it reads. Each message is { id, text }; each answer { id, diagnosis } or { id, error }.
import { diagnose } from '@/diagnose/index';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; text: string }>) => void) | null;
  postMessage: (message: unknown) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, diagnosis: diagnose(data.text) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
