// Finds the lines of a buffer holding any of many keywords (UTF-8, ASCII case folded), with scan's line scanner: what
// tests and benches compare the scan's candidates with.
import { compileKeywordTable } from '../../src/scan/keyword-table.js';
import { LineScanner } from '../../src/scan/line-scanner.js';

/** Finds keyword occurrences in bytes; built once from the recogniser's keywords. */
export interface KeywordMatcher {
  /** Index of the last byte of the first keyword found in [start, end), or -1 (lines as lineMatches reads them). */
  readonly find: (buf: Uint8Array, start: number, end: number) => number;
  /**
   * For every line of [start, end) that holds a keyword, ascending: the index of the last byte of its first keyword.
   * `start` must be a line start; keywords never span lines, since none contains a newline. As in scan, only a
   * keyword ending in a line's first EXAMINED_BYTES (1 MiB) counts.
   */
  readonly lineMatches: (buf: Uint8Array, start: number, end: number) => number[];
  /** The compiled keyword table, in shared memory (what LineScanner and worker threads take). */
  readonly table: Int32Array;
}

/** Builds the matcher; with no keywords it never matches. */
export function keywordMatcher(keywords: readonly string[]): KeywordMatcher {
  return matcherOfTable(compileKeywordTable(keywords));
}

/** The matcher of an already compiled table. */
export function matcherOfTable(table: Int32Array): KeywordMatcher {
  const lineMatches = (buf: Uint8Array, start: number, end: number): number[] => {
    const found: number[] = [];
    const scanner = new LineScanner(table, (_bytes, _start, _end, _line, _record, keywordEnd) => found.push(start + keywordEnd));
    scanner.push(buf.subarray(start, end));
    scanner.end();
    return found;
  };
  // The first line holding a keyword holds the first keyword found.
  const find = (buf: Uint8Array, start: number, end: number): number => lineMatches(buf, start, end)[0] ?? -1;
  return { table, find, lineMatches };
}
