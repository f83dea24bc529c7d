// A WebAssembly memory holding a keyword table and the text scanned in place (keyword-filter.wat), leased per scanner.
import { WASM_PAGE, wasmModule } from '../shared/wasm-module.js';

interface FilterExports {
  readonly scan: (base: number, end: number, out: number, outEnd: number, cap: number, examined: number) => number;
  readonly lines: WebAssembly.Global;
  readonly longLines: WebAssembly.Global;
  readonly found: WebAssembly.Global;
}

const NL = 0x0a;
/** Bytes kept free before the text (the last a newline: the first line's start) and after it (no newline there). */
const GUARD = 16;
/** Candidate lines one scan call notes at most (four u32 each); a call that finds more stops early. */
const MAX_CANDIDATES = 4096;

/** The u32 fields of a candidate line in `candidates`: offsets in the memory, and the newlines the call passed before it. */
export const CANDIDATE_KEYWORD_END = 0;
export const CANDIDATE_LINE_START = 1;
export const CANDIDATE_LINE_END = 2;
export const CANDIDATE_LINES_BEFORE = 3;

/**
 * The memory and instance a scanner reads its text into. One per thread in the usual case (scanners of one thread
 * lease it in turn): a memory per scanner, with 32 pieces of a file each scanned by its own, made the garbage collector
 * run full collections for the external memory alone.
 */
export class KeywordFilter {
  private readonly memory = new WebAssembly.Memory({ initial: 1 });
  private readonly wasm = new WebAssembly.Instance(wasmModule(new URL('./keyword-filter.wasm', import.meta.url)), { scan: { memory: this.memory } }).exports as unknown as FilterExports;
  /** The memory's bytes (a view made anew after the memory grows). */
  bytes = Buffer.from(this.memory.buffer);
  /** The candidate lines of the last scan call (four u32 each, from index `first` of its result). */
  candidates = new Uint32Array(this.memory.buffer);
  private table: Int32Array | null = null;
  /** Where the text starts (it may take the bytes the lease asked room for). */
  textAt = GUARD;
  private outAt = 0;

  /** Loads `table` (null: no keywords) unless it is the one loaded, and makes room for `room` bytes of text. */
  prepare(table: Int32Array | null, room: number): void {
    const tableBytes = table === null ? 0 : table.byteLength;
    const textAt = Math.ceil((tableBytes + GUARD) / 16) * 16;
    const outAt = Math.ceil((textAt + room + GUARD) / 16) * 16;
    const size = outAt + 16 * MAX_CANDIDATES;
    if (size > this.memory.buffer.byteLength) {
      this.memory.grow(Math.ceil((size - this.memory.buffer.byteLength) / WASM_PAGE));
      this.bytes = Buffer.from(this.memory.buffer);
      this.candidates = new Uint32Array(this.memory.buffer);
    }
    if (table !== this.table && table !== null) this.bytes.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength));
    this.table = table;
    this.bytes[textAt - 1] = NL;
    this.textAt = textAt;
    this.outAt = outAt;
  }

  /**
   * Scans [from, end) of the text: `from` is a line start, and the bytes from `end` to its guard hold no newline (see
   * keyword-filter.wat). Counts lines and those longer than `cap`; candidates are the lines with a keyword ending fewer
   * than `examined` bytes after their start. Returns where it stopped (end, or a line start when it found more
   * candidates than it notes) and the counts; the candidates are in `candidates` from index `first`.
   */
  scan(from: number, end: number, cap: number, examined: number): { stop: number; lines: number; longLines: number; found: number; first: number } {
    const stop = this.wasm.scan(from, end, this.outAt, this.outAt + 16 * MAX_CANDIDATES, cap, examined);
    return {
      stop,
      lines: this.wasm.lines.value as number,
      longLines: this.wasm.longLines.value as number,
      found: this.wasm.found.value as number,
      first: this.outAt / 4,
    };
  }

  /** Zeroes the guard after `end`, so that no stale newline lies there. */
  guard(end: number): void {
    this.bytes.fill(0, end, end + GUARD);
  }
}

/** Filters no scanner holds in this thread, for the next to lease. */
const idle: KeywordFilter[] = [];

/** A filter for a scanner to use until it hands it back with release(). */
export function leaseFilter(table: Int32Array | null, room: number): KeywordFilter {
  const filter = idle.pop() ?? new KeywordFilter();
  filter.prepare(table, room);
  return filter;
}

/** Hands a leased filter back (once: a second hand-back of the same lease changes nothing). */
export function releaseFilter(filter: KeywordFilter): void {
  if (!idle.includes(filter)) idle.push(filter);
}
