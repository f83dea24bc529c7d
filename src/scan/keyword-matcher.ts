// Finds the lines holding any of many keywords (UTF-8, ASCII case folded) with a WebAssembly shift-or filter.
import { compileKeywordTable, LONGEST } from './keyword-table.js';
import { WASM_PAGE, wasmModule } from './wasm-module.js';

/** Finds keyword occurrences in bytes; built once per scan from the recogniser's keywords. */
export interface KeywordMatcher {
  /** Index of the last byte of the first keyword found in [start, end), or -1. */
  readonly find: (buf: Uint8Array, start: number, end: number) => number;
  /**
   * For every line of [start, end) that holds a keyword, ascending: the index of the last byte of its first keyword.
   * `start` must be a line start; keywords never span lines, since none contains a newline.
   */
  readonly lineMatches: (buf: Uint8Array, start: number, end: number) => number[];
  /** The compiled keyword table, in shared memory (see matcherOfTable). */
  readonly table: Int32Array;
}

interface FilterExports {
  readonly scan: (base: number, end: number, out: number, firstOnly: number) => number;
}

const NL = 0x0a;
/**
 * Bytes copied into the filter's memory and scanned per call. Small enough that the first calls, which run in V8's
 * baseline compiler (Liftoff), soon hand over to the optimised code, which only later calls get.
 */
const WINDOW = 64 * 1024;
/** Newlines before and after the text in the filter's memory. */
const PAD = 64;

/** Builds the matcher; with no keywords it never matches. */
export function keywordMatcher(keywords: readonly string[]): KeywordMatcher {
  return matcherOfTable(compileKeywordTable(keywords));
}

/** One matcher per table and thread: scan-range asks for one per piece of a file. */
const matchers = new WeakMap<Int32Array, KeywordMatcher>();

/** The matcher of an already compiled table (a worker gets `table` from the matcher built on the main thread). */
export function matcherOfTable(table: Int32Array): KeywordMatcher {
  let matcher = matchers.get(table);
  if (matcher === undefined) matchers.set(table, (matcher = table[LONGEST] === 0 ? never(table) : filter(table)));
  return matcher;
}

function never(table: Int32Array): KeywordMatcher {
  return { table, find: () => -1, lineMatches: () => [] };
}

/** A matcher that copies each range, a window at a time, into its own WebAssembly memory after a copy of the table. */
function filter(table: Int32Array): KeywordMatcher {
  const longest = table[LONGEST]!;
  const textAt = table.byteLength + PAD;
  // find() takes the longest keyword's bytes before a window along with it.
  const capacity = WINDOW + longest;
  const outAt = Math.ceil((textAt + capacity + PAD) / 4) * 4;
  // A line with a keyword takes at least 2 bytes (a byte and its newline), but the last.
  const most = (capacity >> 1) + 1;
  const memory = new WebAssembly.Memory({ initial: Math.ceil((outAt + 4 * most) / WASM_PAGE) });
  const bytes = new Uint8Array(memory.buffer);
  bytes.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength));
  bytes.fill(NL, textAt - PAD, textAt);
  const out = new Uint32Array(memory.buffer, outAt, most);
  const { scan } = new WebAssembly.Instance(wasmModule('keyword-filter'), { scan: { memory } }).exports as unknown as FilterExports;
  /** Scans [start, end) of buf (at most `capacity` bytes); the positions it finds are in `out`, relative to start. */
  const run = (buf: Uint8Array, start: number, end: number, firstOnly: boolean): number => {
    bytes.set(buf.subarray(start, end), textAt);
    bytes.fill(NL, textAt + end - start, textAt + end - start + PAD);
    return scan(textAt, textAt + end - start, outAt, firstOnly ? 1 : 0);
  };
  const find = (buf: Uint8Array, start: number, end: number): number => {
    // A window goes back over the longest keyword's bytes; the earlier window found none that ends there.
    for (let from = start; from < end; from += WINDOW) {
      const context = Math.max(start, from - longest + 1);
      if (run(buf, context, Math.min(end, from + WINDOW), true) > 0) return context + out[0]!;
    }
    return -1;
  };
  const lineMatches = (buf: Uint8Array, start: number, end: number): number[] => {
    const found: number[] = [];
    for (let at = start; at < end;) {
      let stop = Math.min(end, at + WINDOW);
      if (stop < end) {
        const nl = buf.lastIndexOf(NL, stop - 1);
        if (nl < at) {
          // A line longer than a window: its first keyword, window by window.
          const lineEnd = buf.indexOf(NL, stop);
          stop = lineEnd === -1 || lineEnd >= end ? end : lineEnd + 1;
          const first = find(buf, at, stop);
          if (first !== -1) found.push(first);
          at = stop;
          continue;
        }
        stop = nl + 1;
      }
      const n = run(buf, at, stop, false);
      for (let k = 0; k < n; k++) found.push(at + out[k]!);
      at = stop;
    }
    return found;
  };
  return { table, find, lineMatches };
}
