// Which patterns a line may match: one pass over the line finds every pattern keyword in it (Aho-Corasick).
import { buildAutomaton, type Automaton } from '../shared/aho-corasick.js';

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

/**
 * One Aho-Corasick automaton over `keywords` (UTF-16 code units); `patternsOf[w]` are the patterns keyword w selects.
 * With `ascii`, every keyword is ASCII and upper-case ASCII letters read as lower-case ones, so an ASCII line needs no
 * lower-casing; a code unit above 0x7f ends the walk (see Walk), unless `lowered` says the text is lower-cased already.
 */
function walker(keywords: readonly string[], patternsOf: readonly (readonly number[])[], ascii: boolean): (lowered: boolean) => Walk {
  // Code units that keywords use get symbols 1, 2, ...; every other one is symbol 0.
  const symbolOf = new Uint16Array(ascii ? ASCII_END : 65_536);
  let symbols = 1;
  for (const k of keywords) for (let i = 0; i < k.length; i++) if (symbolOf[k.charCodeAt(i)] === 0) symbolOf[k.charCodeAt(i)] = symbols++;
  if (ascii) for (let c = 0x41; c <= 0x5a; c++) symbolOf[c] = symbolOf[c + 0x20]!;
  const automaton = buildAutomaton(keywords.map((k) => Array.from({ length: k.length }, (_x, i) => symbolOf[k.charCodeAt(i)]!)), symbols);
  const { next, ends } = automaton;
  // States renumbered breadth first: a line keeps the automaton in shallow states, whose rows then share cache lines.
  const order = breadthFirst(automaton);
  const place = new Int32Array(order.length);
  order.forEach((s, k) => (place[s] = k));
  // For each state, the patterns that the keywords ending there select (null: none).
  const selects = Array.from(order, (s) => (ends[s] === null ? null : Int32Array.from(new Set(ends[s]!.flatMap((w) => patternsOf[w]!)))));
  // Transitions as premultiplied row offsets, negative (minus one) when the target selects patterns: one load and one test a step.
  const rowOf = Int32Array.from(order, (s) => (ends[s] === null ? place[s]! * symbols : -(place[s]! * symbols) - 1));
  const rows = new Int32Array(next.length);
  for (let s = 0; s < order.length; s++) for (let c = 0; c < symbols; c++) rows[place[s]! * symbols + c] = rowOf[place[next[s * symbols + c]!]!]!;
  const mark = (row: number, marked: Uint8Array, selected: Int32Array, count: number): number => {
    const chosen = selects[row / symbols]!;
    for (let j = 0; j < chosen.length; j++) {
      const p = chosen[j]!;
      if (marked[p] === 0) {
        marked[p] = 1;
        selected[count++] = p;
      }
    }
    return count;
  };
  const walk = (lowered: boolean): Walk => (text, marked, selected, count) => {
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (ascii && c >= ASCII_END) {
        if (!lowered) return -count - 1;
        row = rows[row]!;
      } else row = rows[row + symbolOf[c]!]!;
      if (row >= 0) continue;
      row = -row - 1;
      count = mark(row, marked, selected, count);
    }
    return count;
  };
  return walk;
}

/** The states of an automaton in breadth-first order from the start state. */
function breadthFirst({ states, symbols, next }: Automaton): Int32Array {
  const order = new Int32Array(states);
  const seen = new Uint8Array(states);
  seen[0] = 1;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    for (let c = 0; c < symbols; c++) {
      const t = next[order[head]! * symbols + c]!;
      if (seen[t] === 0) {
        seen[t] = 1;
        order[tail++] = t;
      }
    }
  }
  return order;
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
  const inOthers = keywords.some((k) => !isAscii(k)) ? part(false)(true) : null;
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
        if (inOthers !== null) count = inOthers(lower, marked, selected, count);
      }
      for (let i = 0; i < count; i++) marked[selected[i]!] = 0;
      sortHead(selected, count);
      return count;
    },
  };
}
