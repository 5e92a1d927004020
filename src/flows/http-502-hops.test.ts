import { describe, expect, it } from 'vitest';
import ui from '@content/en/ui.json';
import { gatewayIds } from '@/context/params';
import { indexSteps } from '@/engine/graph';
import { http502Flow } from '@/flows/http-502';
import { http502Hops } from '@/flows/http-502-hops';
import { buildChain } from '@/hops/chain';

const steps = indexSteps(http502Flow);
const products = ui.chain.products as Record<string, string>;

describe('the 502 flow’s chain facts', () => {
  it('name only steps of the flow', () => {
    expect(Object.keys(http502Hops.suspectAt).filter((id) => !steps.has(id))).toEqual([]);
  });

  it('name only answers the flow has', () => {
    const keys = [...Object.keys(http502Hops.answers), ...(http502Hops.unsure ?? []), ...(http502Hops.found ?? [])];
    const missing = keys.filter((key) => {
      const [stepId, answerId] = key.split('.');
      const step = steps.get(stepId);
      return !step || step.kind === 'outcome' || !step.answers.some((a) => a.id === answerId);
    });
    expect(missing).toEqual([]);
  });

  it("say 'the next to check', not 'the checks point', on a visitor's device steps after 'I could not tell'", () => {
    const notSure = { stepId: 'is-it-down-for-everyone', answerId: 'not-sure' };
    const privateFails = { stepId: 'does-a-private-window-work', answerId: 'no' };
    expect(buildChain(http502Hops, { stepId: 'turn-off-vpn-or-proxy', journey: [notSure, privateFails] }).basis).toBe('next');
    expect(buildChain(http502Hops, { stepId: 'turn-off-vpn-or-proxy', journey: [{ ...notSure, answerId: 'just-me' }, privateFails] }).basis).toBe('step');
    expect(buildChain(http502Hops, { stepId: 'clear-cache-and-cookies', journey: [notSure, { ...privateFails, answerId: 'yes' }] }).basis).toBe('step');
  });

  it('cover every gateway an error page can name', () => {
    expect(gatewayIds.filter((id) => !Object.hasOwn(http502Hops.gateways, id))).toEqual([]);
  });

  it('have words for every product they name', () => {
    const named = [...Object.values(http502Hops.answers), ...Object.values(http502Hops.gateways), ...Object.values(http502Hops.statuses)]
      .map((fact) => fact.product)
      .filter((p): p is string => p !== undefined);
    expect(named.filter((p) => !Object.hasOwn(products, p))).toEqual([]);
  });

  it('point every cause and every outcome that blames a place at a hop', () => {
    const unplaced = http502Flow.steps
      .filter((s) => s.kind === 'advice' && !['reload-the-page'].includes(s.id))
      .filter((s) => !Object.hasOwn(http502Hops.suspectAt, s.id))
      .map((s) => s.id);
    expect(unplaced).toEqual([]);
  });

  it('put the app at fault behind nginx for the ready-made nginx page, and the origin for a Cloudflare 522', () => {
    const nginx = buildChain(http502Hops, { stepId: 'reload-the-page', journey: [], status: 502, via: 'nginx', who: 'visitor' });
    expect(nginx).toMatchObject({ suspect: 'app', basis: 'status' });
    expect(nginx.hops.map((h) => h.product ?? h.id)).toEqual(['you', 'nginx', 'app']);
    const cloudflare = buildChain(http502Hops, { stepId: 'which-cloudflare-error-is-it', journey: [], status: 522 });
    expect(cloudflare.suspect).toBe('gateway');
    expect(cloudflare.hops.map((h) => h.id)).toEqual(['you', 'cdn', 'gateway', 'app']);
  });
});
