import { describe, expect, it } from 'vitest';
import { flow } from '@/flows/current';
import { readArrival } from '@/features/context/arrival';

const now = new Date('2026-03-14T15:00:00Z');
const read = (pathname: string, search: string) => readArrival(flow, pathname, search, now);

describe('readArrival', () => {
  it('is undefined for a link with no context', () => {
    expect(read('/', '')).toBeUndefined();
    expect(read('/step/reload-the-page/', '?a=who-are-you.visitor')).toBeUndefined();
  });

  it("opens the ready-made nginx page's link at the visitor's first step", () => {
    const arrival = read('/', '?status=502&who=visitor&via=nginx&rid=7f3a&time=1773498727&url=https%3A%2F%2Fshop.example.com%2Fcart');
    expect(arrival).toMatchObject({
      path: '/step/reload-the-page/',
      startStep: 'reload-the-page',
      context: { status: 502, who: 'visitor', via: 'nginx', rid: '7f3a', url: 'https://shop.example.com/cart' },
      ignored: [],
    });
  });

  it('opens a Cloudflare link in the Cloudflare branch and a 504 at what 504 means', () => {
    expect(read('/', '?status=522&ray=7b2e4a1f9c3d8e21')?.path).toBe('/step/which-cloudflare-error-is-it/');
    expect(read('/', '?status=504')?.path).toBe('/step/it-is-a-504/');
  });

  it('stays at the start when the context does not answer its question, and keeps the notes', () => {
    const arrival = read('/', '?status=502&evil=%3Cscript%3E');
    expect(arrival).toMatchObject({ path: '/', ignored: [{ name: 'evil', reason: 'unknown-name' }] });
    expect(arrival?.startStep).toBeUndefined();
  });

  it('never moves a visitor who is already on a step or has answers, and keeps their answers', () => {
    const onStep = read('/step/flush-dns-cache/', '?status=504');
    expect(onStep?.path).toBe('/step/flush-dns-cache/');
    expect(onStep?.startStep).toBeUndefined();
    expect(read('/', '?a=who-are-you.owner&status=504')?.path).toBe('/?a=who-are-you.owner');
  });

  it("keeps the wizard's own parameters in the address: the report's step, the journey and kept answers", () => {
    expect(read('/report/', '?at=do-other-sites-load&a=who-are-you.visitor&status=504')?.path).toBe(
      '/report/?at=do-other-sites-load&a=who-are-you.visitor',
    );
    expect(read('/report/', '?status=504&rid=7f3a&at=it-is-a-504')?.path).toBe('/report/?at=it-is-a-504');
    expect(read('/step/reload-the-page/', '?a=who-are-you.visitor&k=who-are-you.visitor_reload-the-page.fixed&via=nginx')?.path).toBe(
      '/step/reload-the-page/?a=who-are-you.visitor&k=who-are-you.visitor_reload-the-page.fixed',
    );
  });
});
