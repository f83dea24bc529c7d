// Which patterns a line may match: one pass over the line finds every pattern keyword in it (Aho-Corasick).
import { buildAutomaton } from '../shared/aho-corasick.js';

/** Selects the patterns of a set whose keywords occur in a line; built once per set of patterns. */
export interface KeywordIndex {
  /**
   * Sets tried[i] to 1 for each pattern i with a keyword in `lower` (a lower-cased line; the other slots are left
   * as they are) and says whether any was set. Same answer as `patterns[i].keywords.some((k) => lower.includes(k))`.
   */
  select(lower: string, tried: Uint8Array): boolean;
}

/** Marks in `tried` the patterns whose keywords occur in a lower-cased line; says whether it marked any. */
type Selector = (lower: string, tried: Uint8Array) => boolean;

/** One Aho-Corasick automaton over `keywords` (UTF-16 code units); `patternsOf[w]` are the patterns keyword w selects. */
function selector(keywords: readonly string[], patternsOf: readonly (readonly number[])[]): Selector {
  // Code units that keywords use get symbols 1, 2, ...; every other one is symbol 0.
  const symbolOf = new Uint16Array(65_536);
  let symbols = 1;
  for (const k of keywords) for (let i = 0; i < k.length; i++) if (symbolOf[k.charCodeAt(i)] === 0) symbolOf[k.charCodeAt(i)] = symbols++;
  const { next, ends } = buildAutomaton(keywords.map((k) => Array.from({ length: k.length }, (_x, i) => symbolOf[k.charCodeAt(i)]!)), symbols);
  // For each state, the patterns that the keywords ending there select (null: none).
  const selects = ends.map((words) => (words === null ? null : Int32Array.from(new Set(words.flatMap((w) => patternsOf[w]!)))));
  // Transitions as premultiplied row offsets, negative (minus one) when the target selects patterns: one load and one test a step.
  const rowOf = Int32Array.from(selects, (selected, s) => (selected === null ? s * symbols : -(s * symbols) - 1));
  const rows = new Int32Array(next.length);
  for (let i = 0; i < next.length; i++) rows[i] = rowOf[next[i]!]!;
  return (lower, tried) => {
    let found = false;
    let row = 0;
    for (let i = 0; i < lower.length; i++) {
      row = rows[row + symbolOf[lower.charCodeAt(i)]!]!;
      if (row >= 0) continue;
      row = -row - 1;
      const selected = selects[row / symbols]!;
      found = true;
      for (let j = 0; j < selected.length; j++) tried[selected[j]!] = 1;
    }
    return found;
  };
}

const NON_ASCII = /[^\x00-\x7f]/;
const isAscii = (text: string): boolean => !NON_ASCII.test(text);

/**
 * The index over the keywords of `patterns` (lower-case literals, compared as UTF-16 code units). Keywords in other
 * scripts get their own automaton, run only on lines that hold such characters: one automaton over both alphabets
 * (some 200 code units) took two to three times as long to build, at every start of explain and scan.
 */
export function keywordIndex(patterns: readonly { readonly keywords: readonly string[] }[]): KeywordIndex {
  const keywords = [...new Set(patterns.flatMap((p) => p.keywords).filter((k) => k !== ''))];
  // The patterns each keyword selects, ascending (one pass over the patterns, not one per keyword).
  const slotOf = new Map(keywords.map((k, w) => [k, w]));
  const patternsOf: number[][] = keywords.map(() => []);
  patterns.forEach((p, i) => {
    for (const k of new Set(p.keywords)) if (k !== '') patternsOf[slotOf.get(k)!]!.push(i);
  });
  const part = (ascii: boolean): Selector => {
    const chosen = keywords.filter((k) => isAscii(k) === ascii);
    return selector(chosen, chosen.map((k) => patternsOf[slotOf.get(k)!]!));
  };
  const inAscii = part(true);
  const inOthers = keywords.some((k) => !isAscii(k)) ? part(false) : null;
  const always = patterns.flatMap((p, i) => (p.keywords.includes('') ? [i] : []));
  return {
    select(lower, tried) {
      for (const i of always) tried[i] = 1;
      const ascii = inAscii(lower, tried);
      const others = inOthers !== null && NON_ASCII.test(lower) && inOthers(lower, tried);
      return always.length > 0 || ascii || others;
    },
  };
}
