import { useEffect, useLayoutEffect, useRef, useState, type ChangeEvent, type ClipboardEvent, type FormEvent } from 'react';
import { Link } from 'react-router';
import example from '@content/en/diagnose-example.txt?raw';
import { ui } from '@/content/texts';
import { productOfComponent } from '@/diagnose/components';
import { boxText, groupDigits } from '@/features/diagnose/box-text';
import { DiagnoseResults } from '@/features/diagnose/diagnose-results';
import { runDiagnosis, warmDiagnosis } from '@/features/diagnose/run-diagnosis';
import { pastedLines } from '@/features/diagnose/finding-words';
import { pastedRequest } from '@/features/diagnose/pasted-request';
import type * as readInputModule from '@/features/diagnose/read-input';
import type { HarRefusal, InputReading } from '@/features/diagnose/read-input';
import { contextStore } from '@/stores/context-store';
import { mayFetchAhead, whenIdle } from '@/hooks/fetch-ahead';
import { useHydrated } from '@/hooks/use-hydrated';
import words from 'virtual:ui-words/diagnose';

let readInputLoaded: typeof readInputModule | undefined;
const loadReadInput = async () => (readInputLoaded ??= await import('@/features/diagnose/read-input'));

/**
 * Gets a paste's reading ready before the paste: the worker reads the example (see warmDiagnosis),
 * and the reading's own chunk is loaded (fetched, parsed and run at the paste, it held a megabyte
 * back by 25 to 75 ms). The long second reading only once the page has settled, where data is not
 * saved: begun when the box takes focus, it could hold up a paste that follows at once.
 */
const warmUp = (long: boolean): void => {
  warmDiagnosis(example, long);
  void loadReadInput().catch(() => undefined);
};
const warmUpSettled = (): void => warmUp(true);
const warmUpOnFocus = (): void => warmUp(false);

type Run =
  | { readonly state: 'idle' | 'working' | 'failed' }
  | { readonly state: 'refused'; readonly reason: HarRefusal }
  | { readonly state: 'done'; readonly reading: Exclude<InputReading, { kind: 'refused' }> };

type LongPaste = { readonly text: string; readonly shown: string; readonly cut: number };

/**
 * The last text read and what was found in it, kept in memory only (gone with the page): someone who
 * follows a finding to its step and comes back finds both as they left them, not an empty box.
 */
let lastReading: { readonly value: string; readonly long?: LongPaste; readonly run: Run } | undefined;

/** "Paste what you see": classifies pasted error pages and log lines in the browser; nothing leaves it. */
export const DiagnosePage = () => {
  const hydrated = useHydrated();
  const field = useRef<HTMLTextAreaElement>(null);
  const results = useRef<HTMLHeadingElement>(null);
  // Read once: the first render of a pre-rendered page finds nothing kept, as the server did.
  const [kept] = useState(() => lastReading);
  const [run, setRun] = useState<Run>(kept?.run ?? { state: 'idle' });
  // A paste too long for the box: the whole text, read in full, while the box shows its start.
  const [long, setLong] = useState<LongPaste | undefined>(kept?.long);

  useEffect(() => {
    document.title = `${words.title} · ${ui.titleSuffix}`;
  }, []);
  // The results are the answer: their heading goes to the top of the screen (after "Find the cause" it
  // could stand at the bottom edge, every finding below it, as if nothing had happened) and takes the focus.
  // Results brought back from memory are left where the page opens. Before the frame is drawn, so that
  // the results are first seen where they end up, not drawn once below and then scrolled to.
  useLayoutEffect(() => {
    if (run.state !== 'done' || run === kept?.run) return;
    results.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
    results.current?.focus({ preventScroll: true });
  }, [run, kept]);
  useEffect(() => {
    if (run.state === 'done') lastReading = { value: field.current?.value ?? '', long, run };
  }, [run, long]);
  // The classifier's worker starts in idle time (on focus of the box where data is saved), so that a
  // paste is read at once.
  useEffect(() => (mayFetchAhead() ? whenIdle(warmUpSettled) : undefined), []);

  /**
   * Reads the input (a HAR is read here, in its own chunk); the classifier runs in a worker, so that the
   * page keeps answering while it reads 1 MB, and only people who paste something download it.
   */
  const read = async (getReading: (module: typeof readInputModule) => Promise<InputReading> | InputReading) => {
    setRun({ state: 'working' });
    try {
      // Once loaded, the reading starts in the paste's own task: the worker is handed the text before
      // the page spends a frame drawing what the box now holds.
      const reading = await getReading(readInputLoaded ?? (await loadReadInput()));
      if (reading.kind === 'refused') return setRun({ state: 'refused', reason: reading.reason });
      // A HAR is replaced by the text of what was kept of it: the person sees all that was read.
      if (reading.kind === 'har' && field.current) field.current.value = reading.text;
      setRun({ state: 'done', reading });
      // What was found and the ids the text carries go into the incident report, with the status, and where
      // and when the request failed when the text says so plainly (its Address and When); never the text.
      // The product of the most likely finding, too: its fix pages put that product's instructions first.
      const top = reading.diagnosis.findings[0]?.component;
      contextStore.getState().setPasted(
        pastedLines(reading.diagnosis),
        pastedRequest(reading.text, reading.diagnosis.findings),
        top === undefined ? undefined : productOfComponent(top),
      );
    } catch {
      setRun({ state: 'failed' });
    }
  };
  const diagnoseText = (text: string) => read(({ readInput }) => readInput(text, runDiagnosis));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = field.current?.value ?? '';
    void diagnoseText(long && value === long.shown ? long.text : value);
  };
  const tryExample = () => {
    if (field.current) field.current.value = example;
    setLong(undefined);
    void diagnoseText(example);
  };
  const openHar = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setLong(undefined);
    void read(({ readHarFile }) => readHarFile(file, runDiagnosis)).finally(() => {
      // Forget the file, and let the same file be opened again.
      input.value = '';
    });
  };
  // A long paste never reaches the box whole (it would freeze the page): the box keeps its start, the
  // page says what it left out, and the whole text is read at once, since it cannot be reviewed first.
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text/plain');
    const { shown, cut } = boxText(text);
    if (cut === 0) return;
    event.preventDefault();
    event.currentTarget.value = shown;
    setLong({ text, shown, cut });
    void diagnoseText(text);
  };
  // Once the box is edited, what it holds is the text again.
  const edit = () => {
    if (long && field.current?.value !== long.shown) setLong(undefined);
  };

  return (
    <article className="step diagnose">
      <h1 id="main-heading" tabIndex={-1}>
        {words.title}
      </h1>
      {/* The same words before and after hydration, so nothing below moves; without JavaScript, a note why the page cannot work. */}
      <p>{words.intro}</p>
      <noscript>
        <p>{words.needsScript}</p>
      </noscript>
      <form className="diagnose-form" onSubmit={submit}>
        <label htmlFor="diagnose-text" className="field-label">
          {words.fieldLabel}
        </label>
        <p id="diagnose-hint" className="field-hint">
          {words.fieldHint}
        </p>
        <textarea
          id="diagnose-text"
          ref={field}
          aria-describedby="diagnose-hint"
          rows={10}
          spellCheck={false}
          autoComplete="off"
          disabled={!hydrated}
          defaultValue={kept?.value}
          onPaste={paste}
          onFocus={warmUpOnFocus}
          onInput={edit}
        />
        {long ? (
          <p className="field-hint diagnose-cut" role="status">
            {words.pasteCut.replace('{shown}', groupDigits(long.shown.length, ui.digitGroupSeparator)).replace('{cut}', groupDigits(long.cut, ui.digitGroupSeparator))}
          </p>
        ) : null}
        <p className="diagnose-actions">
          <button type="submit" className="button" disabled={!hydrated || run.state === 'working'}>
            {words.submit}
          </button>
          <button type="button" className="button button-secondary" onClick={tryExample} disabled={!hydrated}>
            {words.example}
          </button>
        </p>
        <label htmlFor="diagnose-har" className="field-label">
          {words.harLabel}
        </label>
        <p id="diagnose-har-hint" className="field-hint">
          {words.harHint}
        </p>
        <input
          id="diagnose-har"
          type="file"
          accept=".har,application/json,.json"
          aria-describedby="diagnose-har-hint"
          onChange={openHar}
          disabled={!hydrated || run.state === 'working'}
        />
      </form>
      <div aria-live="polite" className="diagnose-status">
        {run.state === 'working' ? <p>{words.working}</p> : null}
        {run.state === 'failed' ? <p>{words.failed}</p> : null}
        {run.state === 'refused' ? <p>{words.har.refused[run.reason]}</p> : null}
      </div>
      {run.state === 'done' ? <DiagnoseResults ref={results} reading={run.reading} /> : null}
      <p>
        <Link to="/">{words.startPage}</Link>
      </p>
    </article>
  );
};
