// The bench's yardstick (scripts/bench/focus-timing.ts): plain React swapping one question for another,
// the least a wizard can do per answer. An answer is a link (as in the app); clicking it pushes the new
// address, renders the next question and focuses its heading. Built and served in the same bench run.
import { StrictMode, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { createRoot } from 'react-dom/client';

const questions = Array.from({ length: 8 }, (_, index) => ({
  id: `question-${index}`,
  title: `Question ${index + 1}: does the page load in another browser?`,
  answers: ['Yes', 'No', 'I am not sure'].map((label, answer) => ({ id: `answer-${answer}`, label })),
}));

const App = () => {
  const [at, setAt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useLayoutEffect(() => {
    if (!first.current) heading.current?.focus();
    first.current = false;
    // The same marker as the app's: the page is interactive.
    document.documentElement.dataset.hydrated = '';
  }, [at]);
  const question = questions[at % questions.length];
  const answer = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    window.history.pushState(null, '', event.currentTarget.href);
    setAt((value) => value + 1);
  };
  return (
    <main>
      <h1 id="main-heading" tabIndex={-1} ref={heading}>
        {question.title}
      </h1>
      <ul className="answer-list">
        {question.answers.map((choice) => (
          <li key={choice.id}>
            <a className="answer" data-answer={choice.id} href={`?q=${at + 1}`} onClick={answer}>
              {choice.label}
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
};

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
