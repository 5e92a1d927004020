import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import example from '@content/en/diagnose-example.txt?raw';
import { ui } from '@/content/texts';
import type { Diagnosis } from '@/diagnose/index';
import { DiagnoseResults } from '@/features/diagnose/diagnose-results';
import { pastedLines } from '@/features/diagnose/finding-words';
import { contextStore } from '@/stores/context-store';
import { useHydrated } from '@/hooks/use-hydrated';

const words = ui.diagnose;

type Run = { readonly state: 'idle' | 'working' | 'failed' } | { readonly state: 'done'; readonly text: string; readonly diagnosis: Diagnosis };

/** "Paste what you see": classifies pasted error pages and log lines in the browser; nothing leaves it. */
export const DiagnosePage = () => {
  const hydrated = useHydrated();
  const field = useRef<HTMLTextAreaElement>(null);
  const results = useRef<HTMLHeadingElement>(null);
  const [run, setRun] = useState<Run>({ state: 'idle' });

  useEffect(() => {
    document.title = `${words.title} · ${ui.titleSuffix}`;
  }, []);
  useEffect(() => {
    if (run.state === 'done') results.current?.focus();
  }, [run]);

  const diagnoseText = async (text: string) => {
    setRun({ state: 'working' });
    try {
      // The classifier is its own chunk: only people who paste something download it.
      const { diagnose } = await import('@/diagnose/index');
      const diagnosis = diagnose(text);
      setRun({ state: 'done', text, diagnosis });
      // What was found and the ids the text carries (never the text itself) go into the incident report.
      contextStore.getState().setPasted(pastedLines(diagnosis));
    } catch {
      setRun({ state: 'failed' });
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void diagnoseText(field.current?.value ?? '');
  };
  const tryExample = () => {
    if (field.current) field.current.value = example;
    void diagnoseText(example);
  };

  return (
    <article className="step diagnose">
      <h1 id="main-heading" tabIndex={-1}>
        {words.title}
      </h1>
      <p>{hydrated ? words.intro : words.needsScript}</p>
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
        />
        <p className="diagnose-actions">
          <button type="submit" className="button" disabled={!hydrated || run.state === 'working'}>
            {words.submit}
          </button>
          <button type="button" className="button button-secondary" onClick={tryExample} disabled={!hydrated}>
            {words.example}
          </button>
        </p>
      </form>
      <div aria-live="polite" className="diagnose-status">
        {run.state === 'working' ? <p>{words.working}</p> : null}
        {run.state === 'failed' ? <p>{words.failed}</p> : null}
      </div>
      {run.state === 'done' ? <DiagnoseResults ref={results} text={run.text} diagnosis={run.diagnosis} /> : null}
      <p>
        <Link to="/">{words.startPage}</Link>
      </p>
    </article>
  );
};
