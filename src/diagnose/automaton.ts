/**
 * An Aho-Corasick automaton over ASCII with letters folded to lower case: one pass over the text finds
 * every occurrence of every word, in time linear in the text whatever the text is. Characters that
 * appear in no word (and all non-ASCII) share one class and lead back towards the root.
 */
export interface Automaton {
  /** Character class of each ASCII code (0: in no word). */
  readonly classOf: Uint8Array;
  /** Classes per state. */
  readonly width: number;
  /** The next state: `delta[state * width + class]`. */
  readonly delta: Uint16Array | Uint32Array;
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
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  words.forEach((word, index) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const cls = classOf[fold(word.charCodeAt(i)) & 127];
      let next = children[state].get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[state].set(cls, next);
      }
      state = next;
    }
    own[state].push(index);
  });

  const count = children.length;
  const delta = count < 65536 ? new Uint16Array(count * width) : new Uint32Array(count * width);
  const fail = new Uint32Array(count);
  const outputs: (number[] | null)[] = new Array(count).fill(null);
  // Breadth first, so a state's failure target is complete before the state itself.
  const queue: number[] = [];
  for (const [cls, next] of children[0]) {
    delta[cls] = next;
    queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const inherited = outputs[fail[state]];
    outputs[state] = own[state].length || inherited ? [...own[state], ...(inherited ?? [])] : null;
    for (let cls = 0; cls < width; cls++) {
      const next = children[state].get(cls);
      if (next === undefined) {
        delta[state * width + cls] = delta[fail[state] * width + cls];
      } else {
        delta[state * width + cls] = next;
        fail[next] = delta[fail[state] * width + cls];
        queue.push(next);
      }
    }
  }
  return { classOf, width, delta, outputs, lengths: words.map((w) => w.length) };
};
