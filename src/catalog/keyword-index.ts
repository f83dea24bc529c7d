// Which patterns a line may match: one pass over the line finds every pattern keyword in it (Aho-Corasick).
import { buildAutomaton, type Automaton } from './keyword-automaton.js';
import { keywordWalk } from './keyword-walk.js';
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
 * The walk of the automaton of keywords in other scripts over a lower-cased line: adds the patterns it selects to the
 * `count` in `selected` (ascending, once each) and returns the new count. A JavaScript walk: few lines need it.
 */
function othersWalk(automaton: Automaton, patterns: number): (lower: string, selected: Int32Array, count: number) => number {
  const { symbolOf, rows, symbols, selectsStart, selectsList } = automaton;
  const marked = new Uint8Array(patterns);
  return (lower, selected, count) => {
    for (let i = 0; i < count; i++) marked[selected[i]!] = 1;
    let row = 0;
    for (let i = 0; i < lower.length; i++) {
      const next = rows[row + symbolOf[lower.charCodeAt(i)]!]!;
      if (next >= 0) {
        row = next;
        continue;
      }
      row = -next - 1;
      for (let j = selectsStart[row / symbols]!; j < selectsStart[row / symbols + 1]!; j++) {
        const p = selectsList[j]!;
        if (marked[p] === 0) {
          marked[p] = 1;
          selected[count++] = p;
        }
      }
    }
    for (let i = 0; i < count; i++) marked[selected[i]!] = 0;
    sortHead(selected, count);
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
 * The index over the keywords of `patterns` (lower-case literals, compared as UTF-16 code units). The ASCII keywords'
 * automaton is walked in WebAssembly (keyword-walk.ts) over the line's UTF-8 bytes: an ASCII line as it is, its letters
 * folded by the automaton; a line with other characters lower-cased first, as lower-casing them can make ASCII letters
 * (the Kelvin sign is a `k`), their bytes matching no keyword character as their code units would not. Keywords in
 * other scripts get their own automaton, walked in JavaScript on such lines only: one automaton over both alphabets
 * (some 200 code units) took two to three times as long to build, at every start of explain and scan.
 */
export function keywordIndex(patterns: readonly { readonly keywords: readonly string[] }[]): KeywordIndex {
  const always = patterns.flatMap((p, i) => (p.keywords.includes('') ? [i] : []));
  const inAscii = keywordWalk((into) => prebuiltAutomaton(patterns, into) ?? asciiAutomaton(patterns), always, patterns.length);
  // Built when a line first holds a character outside ASCII (an ASCII log never needs it); null when no keyword does.
  let inOthers: ReturnType<typeof othersWalk> | null | undefined;
  return {
    select(line, selected) {
      const count = inAscii.select(line, selected, true);
      if (count >= 0) return count;
      const lower = line.toLowerCase();
      if (inOthers === undefined) {
        const others = keywordsOf(patterns, false);
        inOthers = others.keywords.length === 0 ? null : othersWalk(buildAutomaton(others.keywords, others.patternsOf, false), patterns.length);
      }
      const inLower = inAscii.select(lower, selected, false);
      return inOthers === null ? inLower : inOthers(lower, selected, inLower);
    },
  };
}

/** Works out the automaton keywordIndex(patterns) reads ASCII with, and saves it in the build (scripts/build.mjs). */
export function prebuildKeywordIndex(patterns: readonly { readonly keywords: readonly string[] }[]): void {
  writePrebuiltAutomaton(patterns, asciiAutomaton(patterns));
}
