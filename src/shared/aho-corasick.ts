// The Aho-Corasick construction over small integer symbols, shared by scan's byte prefilter and the catalog's keyword index.

/** A complete automaton: from any state, any symbol leads somewhere, so a text is read in one pass without backing up. */
export interface Automaton {
  /** Number of states; state 0 is the start. */
  readonly states: number;
  /** Symbols are 0 .. symbols - 1. */
  readonly symbols: number;
  /** The state after reading symbol c in state s is next[s * symbols + c]. */
  readonly next: Int32Array;
  /** For each state, the indices of the words that end there (the words that are suffixes of what was read), or null. */
  readonly ends: readonly (readonly number[] | null)[];
}

/** Builds the automaton that finds every one of `words` (non-empty symbol sequences) in a text, overlaps included. */
export function buildAutomaton(words: readonly (readonly number[])[], symbols: number): Automaton {
  const capacity = 1 + words.reduce((n, w) => n + w.length, 0);
  const next = new Int32Array(capacity * symbols).fill(-1);
  const own: (number[] | undefined)[] = [];
  let used = 1;
  words.forEach((word, index) => {
    let s = 0;
    for (const c of word) {
      const cell = s * symbols + c;
      if (next[cell] === -1) next[cell] = used++;
      s = next[cell]!;
    }
    (own[s] ??= []).push(index);
  });
  // Breadth-first, so a state's failure link (its longest proper suffix in the trie) is complete before the state.
  const fail = new Int32Array(used);
  const queue = new Int32Array(used);
  const ends: (readonly number[] | null)[] = new Array<null>(used).fill(null);
  let tail = 0;
  for (let c = 0; c < symbols; c++) {
    if (next[c] === -1) next[c] = 0;
    else queue[tail++] = next[c]!;
  }
  for (let head = 0; head < tail; head++) {
    const s = queue[head]!;
    const inherited = ends[fail[s]!]!;
    const mine = own[s];
    ends[s] = mine === undefined ? inherited : inherited === null ? mine : [...mine, ...inherited];
    for (let c = 0; c < symbols; c++) {
      const t = next[s * symbols + c]!;
      const viaFail = next[fail[s]! * symbols + c]!;
      if (t === -1) next[s * symbols + c] = viaFail;
      else {
        fail[t] = viaFail;
        queue[tail++] = t;
      }
    }
  }
  return { states: used, symbols, next: next.subarray(0, used * symbols), ends };
}
