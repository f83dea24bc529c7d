// One Aho-Corasick automaton over a set of keywords: built when first needed, or its complete tables for the build.

/** The symbols an ASCII automaton reads: code units below this. */
const ASCII_END = 0x80;

/** A transition not worked out yet: no row offset is this negative, and it is still a small integer to V8. */
export const UNKNOWN = -0x4000_0000;

/**
 * An automaton's tables. The transition from the state of row `row` on code unit u is `rows[row + symbolOf[u]]`: the
 * target's row (its place in breadth-first order times `symbols`), negative (minus one) when the target selects
 * patterns, or UNKNOWN when not worked out yet, which `learn(row, symbol)` works out, keeps and returns.
 */
export interface Automaton {
  /** Each code unit's symbol; 0 for those no keyword uses. */
  readonly symbolOf: Uint16Array;
  readonly symbols: number;
  readonly rows: Int32Array;
  learn(row: number, symbol: number): number;
  /** The patterns that the keywords ending at the row's state, or at its suffixes, select. */
  selectsAt(row: number): Int32Array;
}

/** An automaton with every transition worked out, and each state's selection (by place): what the build saves. */
export interface CompleteTables {
  readonly symbolOf: Uint16Array;
  readonly symbols: number;
  readonly rows: Int32Array;
  /** The patterns the state at place p selects are selectsList[selectsStart[p] .. selectsStart[p + 1]). */
  readonly selectsStart: Int32Array;
  readonly selectsList: Int32Array;
}

/**
 * States 0 .. states - 1 in order of depth (`byDepth`), and each one's place in that order: counted into place (a sort
 * with a comparator took 4-6 ms, at every start of explain and scan).
 */
function byDepthOf(depth: Int32Array, states: number): { byDepth: Int32Array; place: Int32Array } {
  let deepest = 0;
  for (let s = 0; s < states; s++) if (depth[s]! > deepest) deepest = depth[s]!;
  // next[d]: where the next state of depth d goes.
  const next = new Int32Array(deepest + 2);
  for (let s = 0; s < states; s++) next[depth[s]! + 1]++;
  for (let d = 1; d <= deepest; d++) next[d] = next[d]! + next[d - 1]!;
  const byDepth = new Int32Array(states);
  const place = new Int32Array(states);
  for (let s = 0; s < states; s++) {
    place[s] = next[depth[s]!]!++;
    byDepth[place[s]!] = s;
  }
  return { byDepth, place };
}

/**
 * The automaton over `keywords` (UTF-16 code units); `patternsOf[w]` are the patterns keyword w selects. With `ascii`,
 * every keyword is ASCII and upper-case ASCII letters read as lower-case ones (symbolOf maps them alike).
 *
 * Its transitions are worked out when a line first takes them, and kept: building costs a step per keyword character
 * (the trie and its failure links), where filling in the complete table (12,000 states x 56 symbols) takes several
 * times as long. Reading a line costs a little more (a transition's first use), about 1 ns a character. The catalog
 * recogniser's complete table is worked out by the build instead (prebuilt-keyword-automaton.ts).
 */
export function buildAutomaton(keywords: readonly string[], patternsOf: readonly (readonly number[])[], ascii: boolean): Automaton {
  // Code units that keywords use get symbols 1, 2, ...; every other one is symbol 0.
  const symbolOf = new Uint16Array(ascii ? ASCII_END : 65_536);
  let symbols = 1;
  for (const k of keywords) for (let i = 0; i < k.length; i++) if (symbolOf[k.charCodeAt(i)] === 0) symbolOf[k.charCodeAt(i)] = symbols++;
  if (ascii) for (let c = 0x41; c <= 0x5a; c++) symbolOf[c] = symbolOf[c + 0x20]!;
  // The trie: child[s * symbols + c] is state s's child on symbol c (-1: none); states are numbered as created.
  const capacity = 1 + keywords.reduce((n, k) => n + k.length, 0);
  const child = new Int32Array(capacity * symbols).fill(-1);
  const parent = new Int32Array(capacity);
  const symbolIn = new Uint16Array(capacity);
  const depth = new Int32Array(capacity);
  const ending: (number[] | undefined)[] = [];
  let states = 1;
  keywords.forEach((k, w) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const cell = s * symbols + symbolOf[k.charCodeAt(i)]!;
      if (child[cell] === -1) {
        child[cell] = states;
        parent[states] = s;
        symbolIn[states] = symbolOf[k.charCodeAt(i)]!;
        depth[states++] = i + 1;
      }
      s = child[cell]!;
    }
    (ending[s] ??= []).push(w);
  });
  // Failure links (the longest proper suffix that is a trie state) and whether a keyword ends at a state or a suffix,
  // shallow states first: each depends on shallower ones only.
  const fail = new Int32Array(states);
  const emits = new Uint8Array(states);
  const goTo = (s: number, c: number): number => {
    for (let at = s; ; at = fail[at]!) {
      const t = child[at * symbols + c]!;
      if (t !== -1) return t;
      if (at === 0) return 0;
    }
  };
  // Shallow states first; their rows come first too, as lines keep the automaton in shallow states.
  const { byDepth, place } = byDepthOf(depth, states);
  // (byDepth[0] is the root)
  for (let k = 1; k < states; k++) {
    const t = byDepth[k]!;
    fail[t] = parent[t] === 0 ? 0 : goTo(fail[parent[t]!]!, symbolIn[t]!);
    emits[t] = ending[t] !== undefined || emits[fail[t]!] === 1 ? 1 : 0;
  }
  // Transitions as premultiplied row offsets (of the state's place), negative (minus one) when the target selects
  // patterns: one load and one test a step once known.
  const rows = new Int32Array(states * symbols).fill(UNKNOWN);
  const stateAt = (row: number): number => byDepth[row / symbols]!;
  const learn = (row: number, c: number): number => {
    const t = goTo(stateAt(row), c);
    return (rows[row + c] = emits[t] === 1 ? -(place[t]! * symbols) - 1 : place[t]! * symbols);
  };
  // For each state, the patterns that the keywords ending there or at its suffixes select, when first needed.
  const selects: (Int32Array | undefined)[] = [];
  const selectsOf = (s: number): Int32Array => {
    const words: number[] = [];
    for (let at = s; at !== 0; at = fail[at]!) words.push(...(ending[at] ?? []));
    return (selects[s] = Int32Array.from(new Set(words.flatMap((w) => patternsOf[w]!))));
  };
  return { symbolOf, symbols, rows, learn, selectsAt: (row) => selects[stateAt(row)] ?? selectsOf(stateAt(row)) };
}

/** Works out every transition of `automaton` and lists each state's selection (a build step: about 60 ms). */
export function completeTables(automaton: Automaton): CompleteTables {
  const { symbols, rows } = automaton;
  for (let row = 0; row < rows.length; row += symbols) for (let c = 0; c < symbols; c++) if (rows[row + c] === UNKNOWN) automaton.learn(row, c);
  const selectsStart = new Int32Array(rows.length / symbols + 1);
  const list: number[] = [];
  for (let row = 0; row < rows.length; row += symbols) {
    list.push(...automaton.selectsAt(row));
    selectsStart[row / symbols + 1] = list.length;
  }
  return { symbolOf: automaton.symbolOf, symbols, rows, selectsStart, selectsList: Int32Array.from(list) };
}

/** The automaton over complete tables: nothing is left to learn. */
export function automatonOfTables(tables: CompleteTables): Automaton {
  const { symbols, rows, selectsStart, selectsList } = tables;
  const selects: (Int32Array | undefined)[] = [];
  return {
    symbolOf: tables.symbolOf,
    symbols,
    rows,
    learn: (row, c) => rows[row + c]!,
    selectsAt: (row) => (selects[row / symbols] ??= selectsList.subarray(selectsStart[row / symbols], selectsStart[row / symbols + 1])),
  };
}
