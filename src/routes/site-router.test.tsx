// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useContext } from 'react';
import { Link, useLocation, useNavigationType } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flow } from '@/flows/current';
import { pageAt } from '@/routes/routes';
import { PageFailedContext } from '@/routes/shown-page';
import { SiteRouter } from '@/routes/site-router';

const Page = () => {
  const { pathname, state } = useLocation();
  const type = useNavigationType();
  const failed = useContext(PageFailedContext);
  return (
    <div>
      <p data-testid="shown">{`${pathname} ${type}${failed ? ' failed' : ''}${state ? ` ${JSON.stringify(state)}` : ''}`}</p>
      <Link to="/ready/">ready</Link>
      <Link to="/slow/" state={{ from: pathname }}>
        slow
      </Link>
      <Link to="/broken/">broken</Link>
    </div>
  );
};

/** A router whose /slow/ and /broken/ pages must be prepared first; the test settles each preparation by hand. */
const setUp = () => {
  const pending: { path: string; resolve: () => void; reject: () => void }[] = [];
  const loaded = new Set(['/', '/ready/']);
  const prepare = (path: string) =>
    new Promise<void>((resolve, reject) => {
      pending.push({
        path,
        resolve: () => {
          loaded.add(path);
          resolve();
        },
        reject,
      });
    });
  render(
    <SiteRouter basename="/" isReady={(path) => loaded.has(path)} prepare={prepare}>
      <Page />
    </SiteRouter>,
  );
  return { pending };
};

const shown = () => screen.getByTestId('shown').textContent;

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

describe('the site router', () => {
  it('shows a page that is ready in the same task as the click; the address follows once it is painted', async () => {
    setUp();
    expect(shown()).toBe('/ POP');
    fireEvent.click(screen.getByRole('link', { name: 'ready' }));
    expect(shown()).toBe('/ready/ PUSH');
    expect(window.location.pathname).toBe('/');
    await waitFor(() => expect(window.location.pathname).toBe('/ready/'));
  });

  it('from a page scrolled down, changes the address first, so that the browser keeps the place for Back', () => {
    setUp();
    // The router knows where the page is from its scroll events, as a browser sends them.
    Object.defineProperty(window, 'scrollY', { value: 300, configurable: true });
    fireEvent.scroll(window);
    try {
      fireEvent.click(screen.getByRole('link', { name: 'ready' }));
      expect(window.location.pathname).toBe('/ready/');
      expect(shown()).toBe('/ready/ PUSH');
    } finally {
      Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
      fireEvent.scroll(window);
    }
  });

  it('adds the entry of a page shown a moment ago before following the next answer, so history keeps both in order', async () => {
    const { pending } = setUp();
    const length = window.history.length;
    fireEvent.click(screen.getByRole('link', { name: 'ready' }));
    fireEvent.click(screen.getByRole('link', { name: 'slow' }));
    expect(window.location.pathname).toBe('/ready/');
    await act(async () => pending[0].resolve());
    expect(shown()).toBe('/slow/ PUSH {"from":"/ready/"}');
    await waitFor(() => expect(window.location.pathname).toBe('/slow/'));
    expect(window.history.length).toBe(length + 2);
  });

  it('keeps the current page and address until the next one is loaded, then shows it with its state', async () => {
    const { pending } = setUp();
    fireEvent.click(screen.getByRole('link', { name: 'slow' }));
    expect(shown()).toBe('/ POP');
    expect(window.location.pathname).toBe('/');
    expect(pending.map((p) => p.path)).toEqual(['/slow/']);
    await act(async () => pending[0].resolve());
    expect(shown()).toBe('/slow/ PUSH {"from":"/"}');
    await waitFor(() => expect(window.location.pathname).toBe('/slow/'));
  });

  it('lets the latest answer win over an earlier one still loading', async () => {
    const { pending } = setUp();
    fireEvent.click(screen.getByRole('link', { name: 'slow' }));
    fireEvent.click(screen.getByRole('link', { name: 'ready' }));
    expect(shown()).toBe('/ready/ PUSH');
    await act(async () => pending[0].resolve());
    expect(shown()).toBe('/ready/ PUSH');
    await waitFor(() => expect(window.location.pathname).toBe('/ready/'));
  });

  it('says so when a page cannot be loaded, and shows the next one that can', async () => {
    const { pending } = setUp();
    fireEvent.click(screen.getByRole('link', { name: 'broken' }));
    await act(async () => pending[0].reject());
    expect(shown()).toBe('/broken/ PUSH failed');
    fireEvent.click(screen.getByRole('link', { name: 'ready' }));
    expect(shown()).toBe('/ready/ PUSH');
  });

  it('follows back and forward once the page can render', async () => {
    setUp();
    fireEvent.click(screen.getByRole('link', { name: 'ready' }));
    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(shown()).toBe('/ POP');
  });
});

describe('the route table', () => {
  it('knows the steps, the pages beside them and what is not there', () => {
    expect(pageAt('/')).toMatchObject({ found: true, handle: { linksToMap: true } });
    expect(pageAt(`/step/${flow.steps[1].id}/`)).toMatchObject({ found: true, params: { stepId: flow.steps[1].id } });
    expect(pageAt('/step/no-such-step/').found).toBe(false);
    expect(pageAt('/map/')).toMatchObject({ found: true, handle: { isMap: true } });
    expect(pageAt('/diagnose/').found).toBe(true);
    expect(pageAt('/no/such/page').found).toBe(false);
  });
});
