// Which patterns a line may match: one pass over the line finds every pattern keyword in it (Aho-Corasick).

/** Selects the patterns of a set whose keywords occur in a line; built once per set of patterns. */
export interface KeywordIndex {
  /**
   * Writes to `selected` (at least as long as the set of patterns) the indices of the patterns with a keyword in
   * `line`, ascending, and returns how many. Same answer as
   * `patterns.flatMap((p, i) => (p.keywords.some((k) => line.toLowerCase().includes(k)) ? [i] : []))`.
   */
  select(line: string, selected: Int32Array): number;
}

/**
 * Walks one automaton over `text`: each pattern a keyword found selects, and that `marked` does not hold yet, is
 * marked and appended to `selected` from `count` on. Returns the new count; or, when `text` holds a code unit the walk
 * does not read (above 0x7f, for the ASCII automaton on a line not yet lower-cased), minus one minus the count so far.
 */
type Walk = (text: string, marked: Uint8Array, selected: Int32Array, count: number) => number;

const ASCII_END = 0x80;

/** A transition not worked out yet: no row offset is this negative, and it is still a small integer to V8. */
const UNKNOWN = -0x4000_0000;

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
 * One Aho-Corasick automaton over `keywords` (UTF-16 code units); `patternsOf[w]` are the patterns keyword w selects.
 * With `ascii`, every keyword is ASCII and upper-case ASCII letters read as lower-case ones, so an ASCII line needs no
 * lower-casing; a code unit above 0x7f ends the walk (see Walk), unless `lowered` says the text is lower-cased already.
 *
 * Its transitions are worked out when a line first takes them, and kept: building costs a step per keyword character
 * (the trie and its failure links), where filling in the complete table (10,000 states x 55 symbols) took twice as
 * long, at every start of explain, of scan and of each scan thread. Reading a line costs a little more (a
 * transition's first use), about 1 ns a character.
 */
function walker(keywords: readonly string[], patternsOf: readonly (readonly number[])[], ascii: boolean): (lowered: boolean) => Walk {
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
  const mark = (row: number, marked: Uint8Array, selected: Int32Array, count: number): number => {
    const chosen = selects[stateAt(row)] ?? selectsOf(stateAt(row));
    for (let j = 0; j < chosen.length; j++) {
      const p = chosen[j]!;
      if (marked[p] === 0) {
        marked[p] = 1;
        selected[count++] = p;
      }
    }
    return count;
  };
  const walk = (lowered: boolean): Walk => {
    const stops = ascii && !lowered;
    const read = symbolOf.length;
    return (text, marked, selected, count) => {
      let row = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let c = 0;
        if (code < read) c = symbolOf[code]!;
        else if (stops) return -count - 1;
        let next = rows[row + c]!;
        if (next >= 0) {
          row = next;
          continue;
        }
        // Negative: a target that selects patterns, or a transition not taken before.
        if (next === UNKNOWN && (next = learn(row, c)) >= 0) {
          row = next;
          continue;
        }
        row = -next - 1;
        count = mark(row, marked, selected, count);
      }
      return count;
    };
  };
  return walk;
}

const NON_ASCII = /[^\x00-\x7f]/;
const isAscii = (text: string): boolean => !NON_ASCII.test(text);

/** Sorts the first `count` entries of `xs` ascending (a few at a time: insertion sort). */
function sortHead(xs: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const x = xs[i]!;
    let j = i - 1;
    for (; j >= 0 && xs[j]! > x; j--) xs[j + 1] = xs[j]!;
    xs[j + 1] = x;
  }
}

/**
 * The index over the keywords of `patterns` (lower-case literals, compared as UTF-16 code units). An ASCII line is
 * read as it is, its letters folded by the automaton; a line with other characters is lower-cased first, as
 * lower-casing them can make ASCII letters (the Kelvin sign is a `k`). Keywords in other scripts get their own
 * automaton, run only on such lines: one automaton over both alphabets (some 200 code units) took two to three times
 * as long to build, at every start of explain and scan.
 */
export function keywordIndex(patterns: readonly { readonly keywords: readonly string[] }[]): KeywordIndex {
  const keywords = [...new Set(patterns.flatMap((p) => p.keywords).filter((k) => k !== ''))];
  // The patterns each keyword selects, ascending (one pass over the patterns, not one per keyword).
  const slotOf = new Map(keywords.map((k, w) => [k, w]));
  const patternsOf: number[][] = keywords.map(() => []);
  patterns.forEach((p, i) => {
    for (const k of new Set(p.keywords)) if (k !== '') patternsOf[slotOf.get(k)!]!.push(i);
  });
  const part = (ascii: boolean): ((lowered: boolean) => Walk) => {
    const chosen = keywords.filter((k) => isAscii(k) === ascii);
    return walker(chosen, chosen.map((k) => patternsOf[slotOf.get(k)!]!), ascii);
  };
  const inAscii = part(true);
  const [inRawLine, inLoweredLine] = [inAscii(false), inAscii(true)];
  const othersUsed = keywords.some((k) => !isAscii(k));
  // Built when a line first holds a character outside ASCII (an ASCII log never needs it).
  let inOthers: Walk | undefined;
  const always = patterns.flatMap((p, i) => (p.keywords.includes('') ? [i] : []));
  // Which patterns the current line selected; cleared again before select returns.
  const marked = new Uint8Array(patterns.length);
  return {
    select(line, selected) {
      let count = 0;
      for (const i of always) {
        marked[i] = 1;
        selected[count++] = i;
      }
      count = inRawLine(line, marked, selected, count);
      if (count < 0) {
        // What the walk found before it stopped is found again in the lower-cased line, and is marked already.
        count = -count - 1;
        const lower = line.toLowerCase();
        count = inLoweredLine(lower, marked, selected, count);
        if (othersUsed) count = (inOthers ??= part(false)(true))(lower, marked, selected, count);
      }
      for (let i = 0; i < count; i++) marked[selected[i]!] = 0;
      sortHead(selected, count);
      return count;
    },
  };
}
