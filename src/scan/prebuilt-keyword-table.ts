// The keyword table of the catalog's recogniser, compiled at build time: a scan loads it instead of compiling it at
// start (50-150 ms on the path every thread waits on). Other keyword sets are compiled when asked for.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { compileKeywordTable } from './keyword-table.js';

/** Written by scripts/build.mjs beside this module; the same build wrote the code that reads the table. */
const PREBUILT = new URL('./keyword-table.bin', import.meta.url);
/** The file: the fingerprint (32 bytes of SHA-256), then the table. */
const FINGERPRINT_BYTES = 32;

/**
 * What the table was compiled from: the keywords and the compiler's own code, so that a table laid out by other code
 * (dist/ built by tsc alone after keyword-table.ts changed) is compiled anew rather than misread.
 */
const fingerprint = (keywords: readonly string[]): Buffer =>
  createHash('sha256').update(readFileSync(new URL('./keyword-table.js', import.meta.url))).update(JSON.stringify(keywords)).digest();

/** The prebuilt table when it was compiled from exactly `keywords`, else null (a custom recogniser, or no file). */
function prebuilt(keywords: readonly string[]): Int32Array | null {
  let file: Buffer;
  try {
    file = readFileSync(PREBUILT);
  } catch {
    return null;
  }
  if (file.length <= FINGERPRINT_BYTES || !file.subarray(0, FINGERPRINT_BYTES).equals(fingerprint(keywords))) return null;
  // In shared memory, as compiled tables are, so that worker threads use it without a copy.
  const table = new Int32Array(new SharedArrayBuffer(file.length - FINGERPRINT_BYTES));
  new Uint8Array(table.buffer).set(file.subarray(FINGERPRINT_BYTES));
  return table;
}

/** The keyword table for `keywords`: the prebuilt one when it fits, else compiled now. */
export function keywordTable(keywords: readonly string[]): Int32Array {
  return prebuilt(keywords) ?? compileKeywordTable(keywords);
}

/** Compiles the table for `keywords` and writes it where keywordTable looks (scripts/build.mjs, for the catalog's). */
export function writePrebuiltKeywordTable(keywords: readonly string[]): void {
  const table = compileKeywordTable(keywords);
  writeFileSync(PREBUILT, Buffer.concat([fingerprint(keywords), new Uint8Array(table.buffer, table.byteOffset, table.byteLength)]));
}
