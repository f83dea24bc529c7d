// Which patterns a line may match: one pass over the line finds every pattern keyword in it (Aho-Corasick).
import { buildAutomaton, UNKNOWN, type Automaton } from './keyword-automaton.js';
import { prebuiltAutomaton, writePrebuiltAutomaton } from './prebuilt-keyword-automaton.js';

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

/**
 * The walk over `automaton`. With `stops` (the ASCII automaton on a line not lower-cased yet), a code unit above 0x7f
 * ends the walk (see Walk).
 */
function walkOf(automaton: Automaton, stops: boolean): Walk {
  const { symbolOf, rows } = automaton;
  const read = symbolOf.length;
  const mark = (row: number, marked: Uint8Array, selected: Int32Array, count: number): number => {
    const chosen = automaton.selectsAt(row);
    for (let j = 0; j < chosen.length; j++) {
      const p = chosen[j]!;
      if (marked[p] === 0) {
        marked[p] = 1;
        selected[count++] = p;
      }
    }
    return count;
  };
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
      if (next === UNKNOWN && (next = automaton.learn(row, c)) >= 0) {
        row = next;
        continue;
      }
      row = -next - 1;
      count = mark(row, marked, selected, count);
    }
    return count;
  };
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

/** The ASCII keywords of `patterns` (or the others), each with the patterns it selects, ascending. */
function keywordsOf(patterns: readonly { readonly keywords: readonly string[] }[], ascii: boolean): { keywords: string[]; patternsOf: number[][] } {
  const keywords = [...new Set(patterns.flatMap((p) => p.keywords).filter((k) => k !== '' && isAscii(k) === ascii))];
  // One pass over the patterns, not one per keyword.
  const slotOf = new Map(keywords.map((k, w) => [k, w]));
  const patternsOf: number[][] = keywords.map(() => []);
  patterns.forEach((p, i) => {
    for (const k of new Set(p.keywords)) if (slotOf.has(k)) patternsOf[slotOf.get(k)!]!.push(i);
  });
  return { keywords, patternsOf };
}

/** The automaton over the ASCII keywords of `patterns`, built now. */
function asciiAutomaton(patterns: readonly { readonly keywords: readonly string[] }[]): Automaton {
  const ascii = keywordsOf(patterns, true);
  return buildAutomaton(ascii.keywords, ascii.patternsOf, true);
}

/**
 * The index over the keywords of `patterns` (lower-case literals, compared as UTF-16 code units). An ASCII line is
 * read as it is, its letters folded by the automaton; a line with other characters is lower-cased first, as
 * lower-casing them can make ASCII letters (the Kelvin sign is a `k`). Keywords in other scripts get their own
 * automaton, run only on such lines: one automaton over both alphabets (some 200 code units) took two to three times
 * as long to build, at every start of explain and scan.
 */
export function keywordIndex(patterns: readonly { readonly keywords: readonly string[] }[]): KeywordIndex {
  const inAscii = prebuiltAutomaton(patterns) ?? asciiAutomaton(patterns);
  const [inRawLine, inLoweredLine] = [walkOf(inAscii, true), walkOf(inAscii, false)];
  // Built when a line first holds a character outside ASCII (an ASCII log never needs it); null when no keyword does.
  let inOthers: Walk | null | undefined;
  const othersWalk = (): Walk | null => {
    const others = keywordsOf(patterns, false);
    return others.keywords.length === 0 ? null : walkOf(buildAutomaton(others.keywords, others.patternsOf, false), false);
  };
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
        if (inOthers === undefined) inOthers = othersWalk();
        if (inOthers !== null) count = inOthers(lower, marked, selected, count);
      }
      for (let i = 0; i < count; i++) marked[selected[i]!] = 0;
      sortHead(selected, count);
      return count;
    },
  };
}

/** Works out the automaton keywordIndex(patterns) reads ASCII with, and saves it in the build (scripts/build.mjs). */
export function prebuildKeywordIndex(patterns: readonly { readonly keywords: readonly string[] }[]): void {
  writePrebuiltAutomaton(patterns, asciiAutomaton(patterns));
}
