import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ui } from '@/content/texts';
import { NotFoundPage } from '@/features/wizard/not-found-page';

/** Shown inside the page frame when a route fails: not-found for 404s, a calm apology for anything else. */
export const RouteError = () => {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <article className="step step-error">
      <h1 id="main-heading" tabIndex={-1}>
        {ui.errorTitle}
      </h1>
      <p>{ui.errorText}</p>
      <p>
        <Link className="button" to="/" reloadDocument>
          {ui.startAgain}
        </Link>
      </p>
    </article>
  );
};
