// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reachableIds } from '@/engine/graph';
import { answerText } from '@/content/texts';
import { encodeJourney, stepPath } from '@/engine/url';
import { flow } from '@/flows/current';
import { MapPage } from '@/features/map/map-page';
import { mapHref } from '@/map/position';
import mapWords from 'virtual:ui-words/map';

const show = (url: string) => {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <MapPage />
    </MemoryRouter>,
  );
};

const diagramLinks = (container: HTMLElement) => [...container.querySelectorAll<SVGAElement>('svg.map-svg a')];
const listLinks = (container: HTMLElement) => [...container.querySelectorAll<HTMLAnchorElement>('.map-outline a')];

beforeEach(() => {
  // jsdom lays nothing out, so it has no scrolling to do.
  Element.prototype.scrollTo = vi.fn();
});
afterEach(cleanup);

describe('the map page', () => {
  it('has one heading, and a diagram hidden from assistive technology whose links stay out of the tab order', () => {
    const { container } = show('/map/');
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(container.querySelector('h1')?.id).toBe('main-heading');
    expect(container.querySelector('svg.map-svg')?.getAttribute('aria-hidden')).toBe('true');
    const links = diagramLinks(container);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([...new Set(flow.steps.map((s) => stepPath(flow, s.id)))]);
    for (const a of links) expect(a.getAttribute('tabindex')).toBe('-1');
    expect(container.querySelector('.map-canvas')?.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('group', { name: /Diagram of the guide/ })).toBeTruthy();
  });

  it('lists every reachable step once as a link to it, and refers back to a shared step only above it', () => {
    const { container } = show('/map/');
    const links = listLinks(container);
    const toSteps = links.filter((a) => !a.getAttribute('href')?.startsWith('#')).map((a) => a.getAttribute('href'));
    expect(toSteps).toHaveLength(reachableIds(flow).size);
    expect(new Set(toSteps)).toEqual(new Set([...reachableIds(flow)].map((id) => stepPath(flow, id))));
    for (const [i, a] of links.entries()) {
      const href = a.getAttribute('href') ?? '';
      if (!href.startsWith('#')) continue;
      const target = container.querySelector(href);
      expect(target, href).not.toBeNull();
      expect(links.indexOf(target as HTMLAnchorElement)).toBeLessThan(i);
    }
  });

  it('marks where the visitor is and the answers that led there, in the diagram and in the list', () => {
    const journey = [
      { stepId: 'who-are-you', answerId: 'visitor' },
      { stepId: 'reload-the-page', answerId: 'not-fixed' },
    ];
    const { container } = show(mapHref('do-other-sites-load', journey));
    expect(container.querySelector('svg.map-svg a.map-current')?.getAttribute('href')).toBe(stepPath(flow, 'do-other-sites-load'));
    expect(container.querySelector('.map-here')?.textContent).toBe('You are here');
    expect(container.querySelectorAll('svg.map-svg .map-edge.map-on-path')).toHaveLength(2);
    expect(container.querySelector('.map-entry-current')?.getAttribute('href')).toBe(stepPath(flow, 'do-other-sites-load'));
    expect(container.querySelectorAll('.map-outline .map-your-answer')).toHaveLength(2);
    const back = [...container.querySelectorAll('.map-branch .map-current a')].map((a) => a.getAttribute('href'));
    expect(back).toEqual([`${stepPath(flow, 'do-other-sites-load')}?a=${encodeJourney(journey)}`]);
  });

  it('shows the way there first: each step passed with the answer given, the step, and where each of its answers leads', () => {
    const journey = [
      { stepId: 'who-are-you', answerId: 'visitor' },
      { stepId: 'reload-the-page', answerId: 'not-fixed' },
    ];
    const { container } = show(mapHref('do-other-sites-load', journey));
    const branch = screen.getByRole('region', { name: mapWords.branchTitle });
    const boxes = [...branch.querySelectorAll('.map-spine .map-box')].map((a) => a.getAttribute('data-step-id'));
    expect(boxes).toEqual(['who-are-you', 'reload-the-page', 'do-other-sites-load']);
    expect([...branch.querySelectorAll('.map-taken .map-answer')].map((el) => el.textContent)).toEqual([
      answerText('who-are-you', 'visitor').label,
      answerText('reload-the-page', 'not-fixed').label,
    ]);
    // The answers not given, linked to where they lead with the answers before them.
    const siblings = [...branch.querySelectorAll('.map-others')][0];
    expect([...siblings.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
      `${stepPath(flow, 'which-layer-answered')}?a=${encodeJourney([{ stepId: 'who-are-you', answerId: 'owner' }])}`,
    );
    const step = flow.steps.find((s) => s.id === 'do-other-sites-load');
    const next = step && step.kind !== 'outcome' ? step.answers : [];
    expect([...branch.querySelectorAll('.map-next .map-box')].map((a) => a.getAttribute('data-step-id'))).toEqual(next.map((a) => a.next));
    expect(container.querySelector('.map-whole')?.hasAttribute('open')).toBe(false);
  });

  it('without a step, shows the start and where each of its answers leads, with nothing marked', () => {
    const { container } = show('/map/');
    const branch = screen.getByRole('region', { name: mapWords.startTitle });
    expect(branch.querySelector('.map-spine .map-box')?.getAttribute('data-step-id')).toBe(flow.start);
    const start = flow.steps.find((s) => s.id === flow.start);
    const audiences = start && start.kind !== 'outcome' ? start.answers : [];
    expect([...branch.querySelectorAll('.map-next .map-box')].map((a) => a.getAttribute('data-step-id'))).toEqual(audiences.map((a) => a.next));
    expect(container.querySelector('.map-branch .map-current, .map-branch .map-here-tag')).toBeNull();
  });

  it('marks nothing for a link to a step that does not exist', () => {
    const { container } = show('/map/?at=no-such-step');
    expect(container.querySelector('.map-current, .map-here, .map-on-path')).toBeNull();
  });
});
