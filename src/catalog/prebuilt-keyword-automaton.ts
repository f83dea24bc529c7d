// The catalog recogniser's ASCII keyword automaton, worked out at build time: explain and scan load it instead of
// building it at every start (about 15 ms of CPU in a fresh process). Other keyword sets are built when asked for.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { automatonOfTables, completeTables, type Automaton } from './keyword-automaton.js';

/** Written by the build beside this module; the same build wrote the code that reads it. */
const PREBUILT = new URL('./keyword-automaton.bin', import.meta.url);
/** The file: the fingerprint (32 bytes of SHA-256), then the tables as 32-bit integers (see `layout`). */
const FINGERPRINT_BYTES = 32;

/** The keywords of a set of patterns, in order: all an index's automaton is built from. */
type KeywordSets = readonly { readonly keywords: readonly string[] }[];

/**
 * What the automaton was built from: the patterns' keywords and the code that builds it from them, so that tables laid
 * out by other code (dist/ rebuilt by tsc alone after keyword-automaton.ts changed) are built anew, not misread.
 */
function fingerprint(patterns: KeywordSets): Buffer {
  const hash = createHash('sha256');
  for (const code of ['./keyword-automaton.js', './keyword-index.js']) hash.update(readFileSync(new URL(code, import.meta.url)));
  return hash.update(JSON.stringify(patterns.map((p) => p.keywords))).digest();
}

/** The file's integers: `symbols`, the lengths of the four tables, then symbolOf, rows, selectsStart and selectsList. */
function layout(symbols: number, tables: readonly ArrayLike<number>[]): Int32Array {
  const data = new Int32Array(1 + tables.length + tables.reduce((n, t) => n + t.length, 0));
  data[0] = symbols;
  let at = 1 + tables.length;
  tables.forEach((table, i) => {
    data[1 + i] = table.length;
    data.set(table, at);
    at += table.length;
  });
  return data;
}

/** The fingerprint the file begins with, or null when there is no file. */
function fileFingerprint(): Buffer | null {
  try {
    const head = Buffer.alloc(FINGERPRINT_BYTES);
    const fd = openSync(PREBUILT, 'r');
    try {
      return readSync(fd, head, 0, FINGERPRINT_BYTES, 0) === FINGERPRINT_BYTES ? head : null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/**
 * The prebuilt automaton when it was built from exactly these patterns' keywords, else null (a custom set, or no
 * file). Only the fingerprint is read for a custom set (the tests build many).
 */
export function prebuiltAutomaton(patterns: KeywordSets): Automaton | null {
  if (fileFingerprint()?.equals(fingerprint(patterns)) !== true) return null;
  const file = readFileSync(PREBUILT);
  const start = file.byteOffset + FINGERPRINT_BYTES;
  // A view when the integers are aligned in the file's buffer (as read, they are), else a copy.
  const data = start % 4 === 0 ? new Int32Array(file.buffer, start, (file.length - FINGERPRINT_BYTES) / 4) : new Int32Array(Uint8Array.from(file.subarray(FINGERPRINT_BYTES)).buffer);
  // After `symbols` and the four lengths, the tables one after another.
  const tables: Int32Array[] = [];
  let at = 5;
  for (const length of data.subarray(1, 5)) {
    tables.push(data.subarray(at, at + length));
    at += length;
  }
  const [symbolOf, rows, selectsStart, selectsList] = tables as [Int32Array, Int32Array, Int32Array, Int32Array];
  return automatonOfTables({ symbolOf: Uint16Array.from(symbolOf), symbols: data[0]!, rows, selectsStart, selectsList });
}

/** Works out every transition of `automaton` (the one for `patterns`) and writes it where prebuiltAutomaton looks. */
export function writePrebuiltAutomaton(patterns: KeywordSets, automaton: Automaton): void {
  const tables = completeTables(automaton);
  const data = layout(tables.symbols, [tables.symbolOf, tables.rows, tables.selectsStart, tables.selectsList]);
  writeFileSync(PREBUILT, Buffer.concat([fingerprint(patterns), new Uint8Array(data.buffer, data.byteOffset, data.byteLength)]));
}
