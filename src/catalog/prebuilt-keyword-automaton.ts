// The catalog recogniser's ASCII keyword automaton, worked out at build time: explain and scan read it straight into
// the keyword walk's memory instead of building it at every start. Other keyword sets are built when asked for.
import { fingerprintedFile } from '../shared/fingerprinted-file.js';
import type { Automaton } from './keyword-automaton.js';

/**
 * Written by the build beside this module from the patterns' keywords; built anew when the code that builds it
 * (keyword-automaton.js, keyword-index.js) is not the code that wrote it. The data: the tables as 32-bit integers
 * (see `layout`).
 */
const PREBUILT = fingerprintedFile(new URL('./keyword-automaton.bin', import.meta.url), ['./keyword-automaton.js', './keyword-index.js'].map((code) => new URL(code, import.meta.url)));

/** The keywords of a set of patterns, in order: all an index's automaton is built from. */
type KeywordSets = readonly { readonly keywords: readonly string[] }[];

/** What the automaton is built from. */
const inputs = (patterns: KeywordSets): readonly (readonly string[])[] => patterns.map((p) => p.keywords);

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

/**
 * The prebuilt automaton when it was built from exactly these patterns' keywords, else null (a custom set, or no file):
 * its tables are views of the file's data, read into `into(bytes)` when given.
 */
export function prebuiltAutomaton(patterns: KeywordSets, into?: (bytes: number) => Uint8Array): Automaton | null {
  const file = PREBUILT.read(inputs(patterns), into);
  if (file === null) return null;
  // A view when the integers are aligned where the data was read (as they are), else a copy.
  const data = file.byteOffset % 4 === 0 ? new Int32Array(file.buffer, file.byteOffset, file.length / 4) : new Int32Array(Uint8Array.from(file).buffer);
  // After `symbols` and the four lengths, the tables one after another.
  const tables: Int32Array[] = [];
  let at = 5;
  for (const length of data.subarray(1, 5)) {
    tables.push(data.subarray(at, at + length));
    at += length;
  }
  const [symbolOf, rows, selectsStart, selectsList] = tables as [Int32Array, Int32Array, Int32Array, Int32Array];
  return { symbolOf: Uint16Array.from(symbolOf), symbols: data[0]!, rows, selectsStart, selectsList };
}

/** Writes `automaton` (the one for `patterns`) where prebuiltAutomaton looks. */
export function writePrebuiltAutomaton(patterns: KeywordSets, automaton: Automaton): void {
  const data = layout(automaton.symbols, [automaton.symbolOf, automaton.rows, automaton.selectsStart, automaton.selectsList]);
  PREBUILT.write(inputs(patterns), new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}
