/** If the next frame never comes (a tab or frame the browser does not paint), the task runs anyway. */
const LATEST_MS = 100;

/**
 * Runs `task` once, right after the frame now being prepared has been painted (a task queued from the
 * frame's own animation callback runs after its paint), or after LATEST_MS where no frame comes;
 * returns a cancel.
 */
export const afterNextPaint = (task: () => void): (() => void) => {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    cancel();
    task();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  const latest = setTimeout(run, LATEST_MS);
  const cancel = (): void => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(latest);
  };
  return cancel;
};
