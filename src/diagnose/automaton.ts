/**
 * An Aho-Corasick automaton over ASCII with letters folded to lower case: one pass over the text finds
 * every occurrence of every word, in time linear in the text whatever the text is. Characters that
 * appear in no word (and all non-ASCII) share one class and lead back towards the root.
 *
 * A state's row of transitions is completed the first time the scan reaches that state (`complete`),
 * not when the automaton is built: a text visits few of the thousands of states, and building every
 * row up front made the first diagnose() call the slowest by far.
 */
export interface Automaton {
  /** Character class of each ASCII code (0: in no word). */
  readonly classOf: Uint8Array;
  /** Classes per state. */
  readonly width: number;
  /** The next state, `delta[state * width + class]`, once `ready[state]` is 1. */
  readonly delta: Uint16Array | Uint32Array;
  /** 1 for a state whose row of `delta` is complete. */
  readonly ready: Uint8Array;
  /** Completes a state's row of `delta` (and those of the states it falls back to). */
  readonly complete: (state: number) => void;
  /** The words (their indices) that end in each state, or null. */
  readonly outputs: ReadonlyArray<readonly number[] | null>;
  /** Each word's length. */
  readonly lengths: readonly number[];
}

const fold = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

const classTable = (words: readonly string[]) => {
  const classOf = new Uint8Array(128);
  let width = 1;
  for (const word of words)
    for (let i = 0; i < word.length; i++) {
      const code = fold(word.charCodeAt(i));
      if (code < 128 && classOf[code] === 0) classOf[code] = width++;
    }
  for (let code = 65; code <= 90; code++) classOf[code] = classOf[code + 32];
  return { classOf, width };
};

/** Builds the automaton for `words` (ASCII; folded to lower case). */
export const buildAutomaton = (words: readonly string[]): Automaton => {
  const { classOf, width } = classTable(words);
  // The trie is written straight into the transition table: 0 means "no child" (the root is never a
  // child). Each state also records its class and its parent's children as a linked list.
  const bound = 1 + words.reduce((sum, word) => sum + word.length, 0);
  const delta = bound < 65536 ? new Uint16Array(bound * width) : new Uint32Array(bound * width);
  const classOfState = new Uint8Array(bound);
  const firstChild = new Uint32Array(bound);
  const nextSibling = new Uint32Array(bound);
  const own: number[][] = [[]];
  let count = 1;
  words.forEach((word, index) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const cls = classOf[fold(word.charCodeAt(i)) & 127];
      const at = state * width + cls;
      if (delta[at] === 0) {
        delta[at] = count;
        classOfState[count] = cls;
        nextSibling[count] = firstChild[state];
        firstChild[state] = count++;
        own.push([]);
      }
      state = delta[at];
    }
    own[state].push(index);
  });

  // Failure links, breadth first so that a state's target is done before the state: the longest proper
  // suffix that is also a path of the trie, found by following the parent's failure links.
  const fail = new Uint32Array(count);
  const outputs: (number[] | null)[] = new Array(count).fill(null);
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    for (let child = firstChild[state]; child !== 0; child = nextSibling[child]) {
      const cls = classOfState[child];
      let target = 0;
      if (state !== 0)
        for (let f = fail[state]; ; f = fail[f]) {
          target = delta[f * width + cls];
          if (target !== 0 || f === 0) break;
        }
      fail[child] = target;
      const inherited = outputs[target];
      outputs[child] = own[child].length || inherited ? [...own[child], ...(inherited ?? [])] : null;
      queue.push(child);
    }
  }

  const ready = new Uint8Array(count);
  ready[0] = 1;
  const complete = (state: number): void => {
    const target = fail[state];
    if (ready[target] === 0) complete(target);
    const row = state * width;
    const targetRow = target * width;
    for (let cls = 0; cls < width; cls++) if (delta[row + cls] === 0) delta[row + cls] = delta[targetRow + cls];
    ready[state] = 1;
  };
  return { classOf, width, delta: delta.subarray(0, count * width), ready, complete, outputs, lengths: words.map((w) => w.length) };
};
