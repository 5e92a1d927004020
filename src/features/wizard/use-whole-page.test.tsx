// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import { MemoryRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { markAppOnScreen, useWholePage } from '@/features/wizard/use-whole-page';

afterEach(cleanup);

/** What each render of a page saw, in order. */
let seen: string[] = [];

const Page = () => {
  const whole = useWholePage();
  const { pathname } = useLocation();
  seen.push(`${pathname} ${whole ? 'whole' : 'first screen'}`);
  return <p>{whole ? 'all of it' : 'first screen'}</p>;
};

/** Navigates to `to` once mounted, as an answer's link does. */
const GoTo = ({ to, replace = false }: { to: string; replace?: boolean }) => {
  const navigate = useNavigate();
  useEffect(() => {
    navigate(to, { replace });
  }, [navigate, to, replace]);
  return null;
};

const site = (to?: string, replace?: boolean) => (
  <MemoryRouter initialEntries={['/step/a']}>
    <Routes>
      <Route path="/step/:id" element={<KeyedPage />} />
    </Routes>
    {to ? <GoTo to={to} replace={replace} /> : null}
  </MemoryRouter>
);

const KeyedPage = () => <Page key={useLocation().pathname} />;

const afterPaint = () => act(() => new Promise((resolve) => setTimeout(resolve, 150)));

describe('useWholePage', () => {
  it("renders the whole page at the app's first render, even for a page reached by a link", () => {
    seen = [];
    render(site('/step/b'));
    expect(seen.every((entry) => entry.endsWith('whole'))).toBe(true);
  });

  it("after the app's first render, shows a step reached by an answer first screen first, then all of it after a frame", async () => {
    markAppOnScreen();
    seen = [];
    const { container } = render(site('/step/b'));
    expect(seen).toContain('/step/b first screen');
    await afterPaint();
    expect(seen.at(-1)).toBe('/step/b whole');
    expect(container.textContent).toBe('all of it');
  });

  it('renders the whole page at once for a link to a section, and for a replaced address', () => {
    seen = [];
    render(site('/step/c#fix-it'));
    expect(new Set(seen.filter((entry) => entry.startsWith('/step/c')))).toEqual(new Set(['/step/c whole']));
    cleanup();
    seen = [];
    render(site('/step/d', true));
    expect(new Set(seen.filter((entry) => entry.startsWith('/step/d')))).toEqual(new Set(['/step/d whole']));
  });

  it('renders the first page of a history (Back and Forward are POP) whole', () => {
    seen = [];
    render(site());
    expect(seen).toEqual(['/step/a whole']);
  });
});
