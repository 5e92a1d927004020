import type { ErrorContext } from '@/context/params';
import type { Journey } from '@/engine/types';
import { http502Hops } from '@/flows/http-502-hops';
import { buildChain } from '@/hops/chain';
import { PRODUCT_PARAM } from '@/engine/url';
import { isProductId, withSameAs } from '@/registry/products';

/**
 * Which products the person runs, derived once from what the journey answered and what the error
 * page's link said (`via`), through the same facts the hop diagram draws: gateways, CDNs, platforms
 * and app servers, as ids of `chain.products` in content/en/ui.json. Fix pages put these first.
 */
export const knownProducts = (stepId: string, journey: Journey, context: ErrorContext): string[] => {
  const chain = buildChain(http502Hops, { stepId, journey, via: context.via, status: context.status, who: context.who });
  // OpenResty is nginx with Lua: nginx's instructions are its instructions (the registry says so).
  return withSameAs(chain.hops.flatMap((hop) => (hop.product ? [hop.product] : [])));
};

/**
 * The product a page's address names in `for` (a finding's link from the diagnose page), if it is one
 * the registry knows; anything else in it is ignored. The first `for` counts, as for every parameter.
 */
export const productOfQuery = (search: string): string | undefined => {
  const value = new URLSearchParams(search).get(PRODUCT_PARAM);
  return value !== null && isProductId(value) ? value : undefined;
};
