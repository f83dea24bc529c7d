// A byte-level Aho-Corasick automaton that finds the lines holding any of many keywords (UTF-8, ASCII case folded).
import { buildAutomaton } from '../shared/aho-corasick.js';

/** Finds keyword occurrences in bytes; built once per scan from the recogniser's keywords. */
export interface KeywordMatcher {
  /** Index of the last byte of the first keyword found in [start, end), or -1. */
  readonly find: (buf: Uint8Array, start: number, end: number) => number;
  /**
   * For every line of [start, end) that holds a keyword, ascending: the index of the last byte of its first keyword.
   * `start` must be a line start; keywords never span lines, since none contains a newline.
   */
  readonly lineMatches: (buf: Uint8Array, start: number, end: number) => number[];
  /** The compiled automaton, in shared memory (see matcherOfTable). */
  readonly table: Int32Array;
}

const NL = 0x0a;
/** Independent automaton runs interleaved in one loop; the CPU overlaps their table loads (see docs/scan.md). */
const STREAMS = 8;
/** Ranges shorter than this are scanned as one stream. */
const INTERLEAVE_MIN = 64 * 1024;

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The spellings of a keyword the bytes of a line are compared with. The table folds ASCII case; the case of other
 * letters (Cyrillic, accented Latin) cannot be folded byte by byte, so such a keyword is looked for in lower case, in
 * upper case, and capitalised (its first word, or every word), which are the ways messages print it.
 */
function spellings(keyword: string): string[] {
  const lower = keyword.toLowerCase();
  if (![...lower].some((c) => c > '\x7f' && c !== c.toUpperCase())) return [lower];
  return [lower, keyword.toUpperCase(), capitalised(lower), lower.split(' ').map(capitalised).join(' ')];
}

/**
 * The spellings that do not contain another one (ASCII case folded): a line holding `connection reset by peer` holds
 * `connection reset`, and the first keyword to end in a line is the same either way. Fewer states, a smaller table.
 */
function essential(words: readonly string[]): string[] {
  const folded = [...new Set(words.map((w) => w.replace(/[A-Z]/g, (c) => c.toLowerCase())))];
  const all = new Set(folded);
  const holdsAnother = (w: string): boolean => {
    for (let from = 0; from < w.length; from++) {
      for (let to = from + 1; to <= w.length; to++) if (to - from < w.length && all.has(w.slice(from, to))) return true;
    }
    return false;
  };
  return folded.filter((w) => !holdsAnother(w));
}

/** The UTF-8 bytes of `text` with ASCII upper case turned lower (the table's columns for A-Z are those of a-z). */
const asciiLowerUtf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8').map((b) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b));

/**
 * Compiles the keywords to a dense table of 256 columns per state (upper-case bytes share the lower-case column),
 * in shared memory so worker threads use it without a copy. Entries are premultiplied row offsets, negative (minus
 * one) when the target state ends a keyword, so each byte costs one load and one test. The automaton is built over
 * byte classes (the bytes keywords use, all others as one) and only then widened to 256 columns: far less work.
 */
function compile(keywords: readonly string[]): Int32Array {
  const words = essential([...new Set(keywords.filter((k) => k.length > 0).flatMap(spellings))]).map(asciiLowerUtf8);
  const classOf = new Uint8Array(256);
  let classes = 1;
  for (const w of words) for (const b of w) if (classOf[b] === 0) classOf[b] = classes++;
  for (let b = 0x41; b <= 0x5a; b++) classOf[b] = classOf[b + 0x20]!;
  const { states, next, ends } = buildAutomaton(words.map((w) => [...w].map((b) => classOf[b]!)), classes);
  const table = new Int32Array(new SharedArrayBuffer(states * 256 * 4));
  for (let s = 0; s < states; s++) {
    for (let b = 0; b < 256; b++) {
      const t = next[s * classes + classOf[b]!]!;
      table[s * 256 + b] = ends[t] === null ? t * 256 : -(t * 256) - 1;
    }
  }
  return table;
}

/** One stream from automaton state `s`: the matches of [start, end), each followed by a jump to the next line. */
function scanStream(table: Int32Array, buf: Uint8Array, start: number, end: number, out: number[], s = 0): void {
  for (let i = start; i < end; i++) {
    s = table[s + buf[i]!]!;
    if (s < 0) {
      out.push(i);
      const nl = buf.indexOf(NL, i);
      if (nl === -1 || nl >= end) return;
      i = nl;
      s = 0;
    }
  }
}

/** Splits [start, end) at line starts into STREAMS segments (some may be empty). */
function segments(buf: Uint8Array, start: number, end: number): Int32Array {
  const bounds = new Int32Array(STREAMS + 1);
  bounds[0] = start;
  for (let k = 1; k < STREAMS; k++) {
    const nl = buf.indexOf(NL, Math.max(bounds[k - 1]!, start + Math.floor(((end - start) * k) / STREAMS)));
    bounds[k] = nl === -1 || nl >= end ? end : nl + 1;
  }
  bounds[STREAMS] = end;
  return bounds;
}

/**
 * Advances the STREAMS automata (stream k at byte `at[k]`, in state `state[k]`) in lockstep for at most `n` bytes.
 * Returns the number of whole steps taken; when that is less than `n`, at least one stream matched on the next step,
 * and the states are those after that step. Kept apart from its caller so that the optimiser sees one small, stable loop.
 */
function lockstep(table: Int32Array, buf: Uint8Array, at: Int32Array, state: Int32Array, n: number): number {
  let s0 = state[0]!, s1 = state[1]!, s2 = state[2]!, s3 = state[3]!, s4 = state[4]!, s5 = state[5]!, s6 = state[6]!, s7 = state[7]!;
  const a0 = at[0]!, a1 = at[1]!, a2 = at[2]!, a3 = at[3]!, a4 = at[4]!, a5 = at[5]!, a6 = at[6]!, a7 = at[7]!;
  let j = 0;
  for (; j < n; j++) {
    s0 = table[s0 + buf[a0 + j]!]!; s1 = table[s1 + buf[a1 + j]!]!; s2 = table[s2 + buf[a2 + j]!]!; s3 = table[s3 + buf[a3 + j]!]!;
    s4 = table[s4 + buf[a4 + j]!]!; s5 = table[s5 + buf[a5 + j]!]!; s6 = table[s6 + buf[a6 + j]!]!; s7 = table[s7 + buf[a7 + j]!]!;
    if ((s0 | s1 | s2 | s3 | s4 | s5 | s6 | s7) < 0) break;
  }
  state[0] = s0; state[1] = s1; state[2] = s2; state[3] = s3; state[4] = s4; state[5] = s5; state[6] = s6; state[7] = s7;
  return j;
}

/**
 * Runs STREAMS automata side by side, one per segment, over the shortest remaining length; a stream that matches
 * records the position and restarts at its next line. Leftovers finish one stream at a time.
 */
function scanInterleaved(table: Int32Array, buf: Uint8Array, start: number, end: number): number[] {
  const bounds = segments(buf, start, end);
  const at = bounds.slice(0, STREAMS);
  const state = new Int32Array(STREAMS);
  const found: number[][] = Array.from({ length: STREAMS }, () => []);
  for (;;) {
    let n = Infinity;
    for (let k = 0; k < STREAMS; k++) n = Math.min(n, bounds[k + 1]! - at[k]!);
    if (n <= 0) break;
    const j = lockstep(table, buf, at, state, n);
    if (j === n) {
      for (let k = 0; k < STREAMS; k++) at[k] += n;
      break;
    }
    for (let k = 0; k < STREAMS; k++) {
      if (state[k]! >= 0) {
        at[k] += j + 1;
        continue;
      }
      found[k]!.push(at[k]! + j);
      const nl = buf.indexOf(NL, at[k]! + j);
      at[k] = nl === -1 || nl >= bounds[k + 1]! ? bounds[k + 1]! : nl + 1;
      state[k] = 0;
    }
  }
  // A stream stopped mid-line resumes with its automaton state: restarting at 0 could miss a keyword in progress.
  for (let k = 0; k < STREAMS; k++) scanStream(table, buf, at[k]!, bounds[k + 1]!, found[k]!, state[k]!);
  return found.flat();
}

/** Builds the matcher; with no keywords it never matches. */
export function keywordMatcher(keywords: readonly string[]): KeywordMatcher {
  return matcherOfTable(compile(keywords));
}

/** The matcher of an already compiled table (a worker gets `table` from the matcher built on the main thread). */
export function matcherOfTable(table: Int32Array): KeywordMatcher {
  // A table of one state has no keyword to reach.
  const none = table.length === 256;
  return {
    table,
    find(buf, start, end) {
      if (none) return -1;
      let s = 0;
      for (let i = start; i < end; i++) {
        s = table[s + buf[i]!]!;
        if (s < 0) return i;
      }
      return -1;
    },
    lineMatches(buf, start, end) {
      if (none) return [];
      if (end - start < INTERLEAVE_MIN) {
        const out: number[] = [];
        scanStream(table, buf, start, end, out);
        return out;
      }
      return scanInterleaved(table, buf, start, end);
    },
  };
}
