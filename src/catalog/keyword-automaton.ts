// One Aho-Corasick automaton over a set of keywords, as complete tables: a transition for every state and symbol.

/** The symbols an ASCII automaton reads: code units below this. */
const ASCII_END = 0x80;

/**
 * An automaton's tables. The transition from the state of row `row` on code unit u is `rows[row + symbolOf[u]]`: the
 * target's row (its place in breadth-first order times `symbols`), or minus one minus it when the target selects
 * patterns. The patterns the state at place p selects (through the keywords ending there or at its suffixes) are
 * selectsList[selectsStart[p] .. selectsStart[p + 1]).
 */
export interface Automaton {
  /** Each code unit's symbol; 0 for those no keyword uses. */
  readonly symbolOf: Uint16Array;
  readonly symbols: number;
  readonly rows: Int32Array;
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

/** The trie of `keywords`, states numbered as created (the root is 0). */
interface Trie {
  readonly symbolOf: Uint16Array;
  readonly symbols: number;
  readonly states: number;
  /** A state's children: the first (-1: none), each one's next sibling, and the symbol each is reached on. */
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  readonly symbolIn: Uint16Array;
  readonly depth: Int32Array;
  /** The keywords that end at each state. */
  readonly ending: readonly (number[] | undefined)[];
}

/** The trie of `keywords` and the symbols it reads (ASCII letters folded with `ascii`). */
function trieOf(keywords: readonly string[], ascii: boolean): Trie {
  // Code units that keywords use get symbols 1, 2, ...; every other one is symbol 0.
  const symbolOf = new Uint16Array(ascii ? ASCII_END : 65_536);
  let symbols = 1;
  for (const k of keywords) for (let i = 0; i < k.length; i++) if (symbolOf[k.charCodeAt(i)] === 0) symbolOf[k.charCodeAt(i)] = symbols++;
  if (ascii) for (let c = 0x41; c <= 0x5a; c++) symbolOf[c] = symbolOf[c + 0x20]!;
  const capacity = 1 + keywords.reduce((n, k) => n + k.length, 0);
  // child[s * symbols + c]: state s's child on symbol c (-1: none).
  const child = new Int32Array(capacity * symbols).fill(-1);
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity);
  const symbolIn = new Uint16Array(capacity);
  const depth = new Int32Array(capacity);
  const ending: (number[] | undefined)[] = [];
  let states = 1;
  keywords.forEach((k, w) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const c = symbolOf[k.charCodeAt(i)]!;
      const cell = s * symbols + c;
      if (child[cell] === -1) {
        child[cell] = states;
        nextSibling[states] = firstChild[s]!;
        firstChild[s] = states;
        symbolIn[states] = c;
        depth[states++] = i + 1;
      }
      s = child[cell]!;
    }
    (ending[s] ??= []).push(w);
  });
  return { symbolOf, symbols, states, firstChild, nextSibling, symbolIn, depth, ending };
}

/**
 * The automaton over `keywords` (UTF-16 code units); `patternsOf[w]` are the patterns keyword w selects. With `ascii`,
 * every keyword is ASCII and upper-case ASCII letters read as lower-case ones (symbolOf maps them alike).
 *
 * Rows are filled in order of depth: a state's row is its failure state's (shallower, so filled already) with its own
 * children written over it, and a child's failure state is where the parent's failure state goes on the child's
 * symbol. The catalog recogniser's automaton is built by the build (prebuilt-keyword-automaton.ts).
 */
export function buildAutomaton(keywords: readonly string[], patternsOf: readonly (readonly number[])[], ascii: boolean): Automaton {
  const { symbolOf, symbols, states, firstChild, nextSibling, symbolIn, depth, ending } = trieOf(keywords, ascii);
  // Shallow states first; their rows come first too, as lines keep the automaton in shallow states.
  const { byDepth, place } = byDepthOf(depth, states);
  const fail = new Int32Array(states);
  const emits = new Uint8Array(states);
  const rows = new Int32Array(states * symbols);
  // byDepth[0] is the root: its row is all zeros (back to the root) but for its children.
  for (let k = 0; k < states; k++) {
    const s = byDepth[k]!;
    const row = k * symbols;
    const failRow = place[fail[s]!]! * symbols;
    if (k > 0) rows.copyWithin(row, failRow, failRow + symbols);
    for (let t = firstChild[s]!; t !== -1; t = nextSibling[t]!) {
      const c = symbolIn[t]!;
      if (k > 0) {
        const viaFail = rows[failRow + c]!;
        fail[t] = byDepth[(viaFail < 0 ? -viaFail - 1 : viaFail) / symbols]!;
      }
      emits[t] = ending[t] !== undefined || emits[fail[t]!] === 1 ? 1 : 0;
      rows[row + c] = emits[t] === 1 ? -(place[t]! * symbols) - 1 : place[t]! * symbols;
    }
  }
  // Each state's selection: its keywords' patterns, then its failure state's (listed before it), once each.
  const selects: (readonly number[] | undefined)[] = [];
  const selectsStart = new Int32Array(states + 1);
  const list: number[] = [];
  for (let k = 0; k < states; k++) {
    const s = byDepth[k]!;
    if (emits[s] === 1) {
      const own = (ending[s] ?? []).flatMap((w) => patternsOf[w]!);
      list.push(...(selects[s] = [...new Set([...own, ...(selects[fail[s]!] ?? [])])]));
    }
    selectsStart[k + 1] = list.length;
  }
  return { symbolOf, symbols, rows, selectsStart, selectsList: Int32Array.from(list) };
}
