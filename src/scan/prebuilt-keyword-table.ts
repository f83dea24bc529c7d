// The keyword table of the catalog's recogniser, compiled at build time: a scan loads it instead of compiling it at
// start (50-150 ms on the path every thread waits on). Other keyword sets are compiled when asked for.
import { fingerprintedFile } from '../shared/fingerprinted-file.js';
import { compileKeywordTable } from './keyword-table.js';

/**
 * Written by scripts/build.mjs beside this module from the keywords; it is compiled anew when keyword-table.js, which
 * lays it out, is not the code that wrote it.
 */
const PREBUILT = fingerprintedFile(new URL('./keyword-table.bin', import.meta.url), [new URL('./keyword-table.js', import.meta.url)]);

/** The prebuilt table when it was compiled from exactly `keywords`, else null (a custom recogniser, or no file). */
function prebuilt(keywords: readonly string[]): Int32Array | null {
  // Read into shared memory, as compiled tables are, so that worker threads use it without a copy.
  const data = PREBUILT.read(keywords, (bytes) => new Uint8Array(new SharedArrayBuffer(bytes)));
  return data === null || data.length === 0 ? null : new Int32Array(data.buffer);
}

/** The keyword table for `keywords`: the prebuilt one when it fits, else compiled now. */
export function keywordTable(keywords: readonly string[]): Int32Array {
  return prebuilt(keywords) ?? compileKeywordTable(keywords);
}

/** Compiles the table for `keywords` and writes it where keywordTable looks (scripts/build.mjs, for the catalog's). */
export function writePrebuiltKeywordTable(keywords: readonly string[]): void {
  const table = compileKeywordTable(keywords);
  PREBUILT.write(keywords, new Uint8Array(table.buffer, table.byteOffset, table.byteLength));
}
