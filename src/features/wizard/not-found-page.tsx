import { useEffect } from 'react';
import { Link } from 'react-router';
import { ui } from '@/content/texts';

/** A friendly page for an unknown step or address, with the way back to the start. */
export const NotFoundPage = () => {
  useEffect(() => {
    document.title = `${ui.notFoundTitle} · ${ui.titleSuffix}`;
  }, []);
  return (
    <article className="step step-not-found">
      <h1 id="main-heading" tabIndex={-1}>
        {ui.notFoundTitle}
      </h1>
      <p>{ui.notFoundText}</p>
      <p>
        <Link className="button" to="/">
          {ui.startAgain}
        </Link>
      </p>
    </article>
  );
};
