// The keyword index's walk of its ASCII automaton, in WebAssembly (keyword-walk.wat): a line in, its patterns out.
import { WASM_PAGE, wasmModule } from '../shared/wasm-module.js';
import type { Automaton } from './keyword-automaton.js';

/** Bytes kept for a line at first; the memory grows for a longer one. */
const FIRST_LINE_ROOM = 16_384;
/** The most UTF-8 bytes a UTF-16 code unit takes. */
const MOST_BYTES_PER_UNIT = 3;

interface WalkExports {
  readonly layout: (symbols: number, rows: number, starts: number, list: number, always: number, alwaysEnd: number, marked: number, out: number) => void;
  readonly select: (line: number, end: number) => number;
}

/** A walk over one ASCII automaton, in a memory of its own that holds the automaton's tables. */
export interface KeywordWalk {
  /**
   * Writes to `selected` the indices of the patterns with a keyword in `text` (ASCII letters folded), ascending and
   * once each, and returns how many; the patterns `always` lists are among them. With `asciiOnly`, a line with a code
   * unit above 0x7f is not read: -1. Without, such code units match no keyword character.
   */
  select(text: string, selected: Int32Array, asciiOnly: boolean): number;
}

/** Where the tables start in the memory: after each byte's symbol (see keyword-walk.wat). */
const TABLES_AT = 256;

/** The tables' extent in `memory`: where they are when read into it (`inPlace`), else copied in at TABLES_AT. */
function tablesIn(memory: WebAssembly.Memory, automaton: Automaton, inPlace: boolean): { rowsAt: number; startsAt: number; listAt: number; end: number } {
  const { rows, selectsStart, selectsList } = automaton;
  if (!inPlace) {
    const words = new Int32Array(memory.buffer);
    words.set(rows, TABLES_AT / 4);
    words.set(selectsStart, TABLES_AT / 4 + rows.length);
    words.set(selectsList, TABLES_AT / 4 + rows.length + selectsStart.length);
  }
  const rowsAt = inPlace ? rows.byteOffset : TABLES_AT;
  const startsAt = inPlace ? selectsStart.byteOffset : rowsAt + rows.byteLength;
  const listAt = inPlace ? selectsList.byteOffset : startsAt + selectsStart.byteLength;
  return { rowsAt, startsAt, listAt, end: Math.max(rowsAt + rows.byteLength, startsAt + selectsStart.byteLength, listAt + selectsList.byteLength) };
}

/**
 * The walk over the ASCII automaton `tables` returns, over `patterns` patterns, where every line selects the patterns in
 * `always`. `tables` is handed where to read the tables' bytes, the walk's memory (the prebuilt file goes there without
 * a copy); an automaton whose tables are elsewhere is copied in.
 */
export function keywordWalk(tables: (into: (bytes: number) => Uint8Array) => Automaton, always: readonly number[], patterns: number): KeywordWalk {
  // After the tables: the patterns always selected, the marks, the selected patterns, the line.
  const after = 4 * always.length + Math.ceil(patterns / 4) * 4 + 4 * patterns + FIRST_LINE_ROOM;
  const made: { memory?: WebAssembly.Memory } = {};
  const memoryFor = (bytes: number): WebAssembly.Memory => (made.memory = new WebAssembly.Memory({ initial: Math.ceil((TABLES_AT + bytes + after) / WASM_PAGE) }));
  const automaton = tables((bytes) => new Uint8Array(memoryFor(bytes).buffer, TABLES_AT, bytes));
  const { rows, selectsStart, selectsList } = automaton;
  // (A memory made for a file that then failed to read may be too small for the tables built instead.)
  const inPlace = [rows, selectsStart, selectsList].every((t) => t.buffer === made.memory?.buffer);
  const memory = inPlace ? made.memory! : memoryFor(rows.byteLength + selectsStart.byteLength + selectsList.byteLength);
  const { rowsAt, startsAt, listAt, end } = tablesIn(memory, automaton, inPlace);
  const alwaysAt = Math.ceil(end / 4) * 4;
  const markedAt = alwaysAt + 4 * always.length;
  const outAt = markedAt + Math.ceil(patterns / 4) * 4;
  const lineAt = outAt + 4 * patterns;
  new Uint8Array(memory.buffer).set(automaton.symbolOf);
  new Int32Array(memory.buffer).set(always, alwaysAt / 4);
  const wasm = new WebAssembly.Instance(wasmModule(new URL('./keyword-walk.wasm', import.meta.url)), { walk: { memory } }).exports as unknown as WalkExports;
  wasm.layout(automaton.symbols, rowsAt, startsAt, listAt, alwaysAt, alwaysAt + 4 * always.length, markedAt, outAt);
  // Views of the line's room and of the selected patterns, made anew when the memory grows.
  let line = Buffer.from(memory.buffer, lineAt);
  let out = new Int32Array(memory.buffer, outAt, patterns);
  return {
    select(text, selected, asciiOnly) {
      if (MOST_BYTES_PER_UNIT * text.length > line.length) {
        memory.grow(Math.ceil((MOST_BYTES_PER_UNIT * text.length - line.length) / WASM_PAGE));
        line = Buffer.from(memory.buffer, lineAt);
        out = new Int32Array(memory.buffer, outAt, patterns);
      }
      // UTF-8 (with no offset given, write takes its quickest path); only ASCII takes one byte a code unit.
      const written = line.write(text);
      if (asciiOnly && written !== text.length) return -1;
      const count = wasm.select(lineAt, lineAt + written);
      for (let i = 0; i < count; i++) selected[i] = out[i]!;
      return count;
    },
  };
}
