/**
 * The chain of hops a request crosses (you → your proxy → CDN → gateway → app), built from what the
 * error page's link and the answers say, with the hop most likely at fault. Pure: the flow supplies
 * its facts as data (src/flows/http-502-hops.ts), so this module knows no step ids of its own.
 */

/** The hops, in the order a request crosses them. `proxy` is a forward proxy on the visitor's side. */
export const hopOrder = ['you', 'proxy', 'cdn', 'gateway', 'app'] as const;
export type HopId = (typeof hopOrder)[number];

/** What one fact says about the chain: a hop exists, and perhaps which product it is. */
export interface HopFact {
  readonly hop: HopId;
  readonly product?: string;
  /** The hop is not there after all ("I don't use a proxy"). */
  readonly absent?: boolean;
}

/** What a flow knows about the chain, as data. */
export interface ChainFacts {
  /** The hop each step's advice is about, by step id. Steps that say nothing either way are left out. */
  readonly suspectAt: Readonly<Record<string, HopId>>;
  /** What an answer tells about the chain, by `stepId.answerId`. */
  readonly answers: Readonly<Record<string, HopFact>>;
  /** What the gateway named in the link (`via`) tells, by gateway id. */
  readonly gateways: Readonly<Record<string, HopFact>>;
  /** What a status in the link tells about the chain (Cloudflare's 52x name the CDN), by status. */
  readonly statuses: Readonly<Record<number, HopFact>>;
  /**
   * Answers that found nothing ("I could not tell"), by `stepId.answerId`: after one, the steps that
   * look at a hop only say where to check next, not where the checks point, until an answer in `found`.
   */
  readonly unsure?: readonly string[];
  /** Answers that found where the fault is ("a private window works"), by `stepId.answerId`. */
  readonly found?: readonly string[];
}

/** What the visitor's own browser found, if they ran the live check. */
export type LiveFinding = 'no-answer' | 'gateway-answers' | 'still-failing' | 'back';

export interface ChainInput {
  /** The step on screen. */
  readonly stepId: string;
  /** The answers that led there, oldest first. */
  readonly journey: readonly { readonly stepId: string; readonly answerId: string }[];
  /** From the error page's link. */
  readonly via?: string;
  readonly status?: number;
  readonly who?: string;
  readonly live?: LiveFinding;
}

export interface Hop {
  readonly id: HopId;
  /** The product on this hop, when something said which. */
  readonly product?: string;
}

/**
 * Why the suspect is the suspect: the step's advice, an earlier answer, the status, or the live check;
 * `next` when the steps look at it after an answer that found nothing, so it is only the next to check.
 */
export type SuspectBasis = 'step' | 'answers' | 'status' | 'live' | 'next';

export interface Chain {
  readonly hops: readonly Hop[];
  /** The hop most likely at fault, if anything points at one yet. */
  readonly suspect?: HopId;
  readonly basis?: SuspectBasis;
  /** The live check found the site answering again: nothing is at fault any more. */
  readonly back: boolean;
}

const own = <T>(table: Readonly<Record<string | number, T>>, key: string | number): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** Statuses that say a gateway answered on behalf of a server behind it. */
const isGatewayStatus = (status: number): boolean => status === 502 || status === 503 || status === 504 || (status >= 520 && status <= 530);

const findSuspect = (facts: ChainFacts, input: ChainInput): { suspect?: HopId; basis?: SuspectBasis } => {
  if (input.live === 'no-answer') return { suspect: 'you', basis: 'live' };
  // The latest answer that found nothing, or found something: only the first leaves the checks open.
  const telling = input.journey
    .map((choice) => `${choice.stepId}.${choice.answerId}`)
    .filter((key) => facts.unsure?.includes(key) || facts.found?.includes(key))
    .at(-1);
  const unsure = telling !== undefined && (facts.unsure?.includes(telling) ?? false);
  const atStep = own(facts.suspectAt, input.stepId);
  if (atStep) return { suspect: atStep, basis: unsure ? 'next' : 'step' };
  for (let i = input.journey.length - 1; i >= 0; i -= 1) {
    const earlier = own(facts.suspectAt, input.journey[i].stepId);
    if (earlier) return { suspect: earlier, basis: unsure ? 'next' : 'answers' };
  }
  if (input.live === 'gateway-answers' || input.live === 'still-failing') return { suspect: 'app', basis: 'live' };
  if (input.status !== undefined && (isGatewayStatus(input.status) || input.status === 500)) return { suspect: 'app', basis: 'status' };
  return {};
};

/** The chain for what is known so far. Never throws; unknown ids in the input are ignored. */
export const buildChain = (facts: ChainFacts, input: ChainInput): Chain => {
  const known = new Map<HopId, string | undefined>([
    ['you', undefined],
    ['gateway', undefined],
    ['app', undefined],
  ]);
  const learn = (fact: HopFact | undefined) => {
    if (!fact) return;
    if (fact.absent) {
      known.delete(fact.hop);
      return;
    }
    // A later, more specific fact names the product; a vaguer one never erases it.
    known.set(fact.hop, fact.product ?? known.get(fact.hop));
  };
  if (input.who === 'proxy') learn({ hop: 'proxy' });
  if (input.status !== undefined) learn(own(facts.statuses, input.status));
  if (input.via !== undefined) learn(own(facts.gateways, input.via));
  for (const choice of input.journey) learn(own(facts.answers, `${choice.stepId}.${choice.answerId}`));

  const back = input.live === 'back';
  const { suspect, basis } = back ? {} : findSuspect(facts, input);
  if (suspect) learn({ hop: suspect });

  const hops = hopOrder.filter((id) => known.has(id)).map((id) => {
    const product = known.get(id);
    return product === undefined ? { id } : { id, product };
  });
  return { hops, back, ...(suspect ? { suspect, basis } : {}) };
};
