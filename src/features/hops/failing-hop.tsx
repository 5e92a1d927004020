import { useStore } from 'zustand';
import { productName, ui } from '@/content/texts';
import type { Audience } from '@/context/params';
import type { Journey } from '@/engine/types';
import { http502Hops } from '@/flows/http-502-hops';
import { buildChain, type Chain } from '@/hops/chain';
import { useHydrated } from '@/hooks/use-hydrated';
import { contextStore } from '@/stores/context-store';


/**
 * The chain's words: plain ones for a visitor, who has no "upstream" or "reverse proxy" to look at,
 * and for a script's owner a first hop that is their program, not a browser.
 */
const wordsFor = (audience: Audience | undefined) => {
  if (audience === 'visitor') return { ...ui.chain, ...ui.chainForVisitors };
  if (audience === 'proxy') return { ...ui.chain, hops: { ...ui.chain.hops, ...ui.chainForScripts.hops } };
  return ui.chain;
};
type ChainWords = ReturnType<typeof wordsFor>;

/** The visitor's side after an answer that found nothing: the quickest to check, not the likely fault. */
const onlyNextToCheck = (chain: Chain): boolean => chain.basis === 'next' && chain.suspect === 'you';

const reasonFor = (chain: Chain, words: ChainWords): string | undefined => {
  if (chain.back) return words.reasons.back;
  if (!chain.suspect) return undefined;
  if (chain.basis === 'live' && chain.suspect === 'you') return words.reasons.liveNoAnswer;
  if (onlyNextToCheck(chain)) return words.reasons.youNext;
  return words.reasons[chain.suspect];
};

/**
 * The chain a request crosses, you → CDN → gateway → app, with the hop most likely at fault. An
 * ordered list in reading order is its own text equivalent; the arrows are decoration. The page's
 * HTML shows what the step alone says; the answers, the link's context and the live check refine it
 * in the browser.
 */
export const FailingHop = ({ stepId, journey, audience }: { stepId: string; journey: Journey; audience?: Audience }) => {
  const words = wordsFor(audience);
  const hydrated = useHydrated();
  const { context, live } = useStore(contextStore);
  const known = hydrated ? { via: context.via, status: context.status, who: context.who, live } : {};
  const chain = buildChain(http502Hops, { stepId, journey, ...known });
  const reason = reasonFor(chain, words);
  // The flag and the sentence under the hops say the same: both follow onlyNextToCheck.
  const nextOnly = onlyNextToCheck(chain);
  if (!reason) return null;

  return (
    <section className="chain" aria-labelledby="chain-heading">
      <h2 id="chain-heading">{words.title}</h2>
      <p className="chain-intro">{words.intro}</p>
      <ol className="chain-hops">
        {chain.hops.map((hop) => {
          const suspect = hop.id === chain.suspect;
          return (
            <li key={hop.id} className={suspect ? 'chain-hop chain-hop-suspect' : 'chain-hop'}>
              {/* Hidden separators keep the parts apart when the item is read as one line. Each ends the part
                  before it: at the start of a part laid out as a block, a screen reader read "proxy : nginx". */}
              <span className="chain-hop-role">
                {words.hops[hop.id]}
                {hop.product ? <span className="visually-hidden">: </span> : suspect ? <span className="visually-hidden">, </span> : null}
              </span>
              {hop.product ? (
                <span className="chain-hop-product">
                  {productName(hop.product)}
                  {suspect ? <span className="visually-hidden">, </span> : null}
                </span>
              ) : null}
              {suspect ? (
                // Only the next to check (nothing found yet): marked, without the warning.
                <strong className={nextOnly ? undefined : 'chain-hop-flag'}>{nextOnly ? words.checkFirst : words.suspect}</strong>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="chain-reason">{reason}</p>
    </section>
  );
};
