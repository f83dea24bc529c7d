// Counts lines (and lines over a length cap) in byte ranges with WebAssembly SIMD (line-count.wat), 16 bytes a step.
import { WASM_PAGE, wasmModule } from './wasm-module.js';

interface LineCountExports {
  readonly countLines: (start: number, end: number, cap: number) => number;
  readonly longLines: WebAssembly.Global;
}

/**
 * Counts the lines of byte ranges; each range is copied into the counter's own memory, which grows as needed. One
 * per thread (see lineCounter): a memory per scanner, with 32 pieces of a file each scanned by its own, made the
 * garbage collector run full collections for the external memory alone.
 */
class LineCounter {
  private readonly memory = new WebAssembly.Memory({ initial: 16 });
  private readonly wasm = new WebAssembly.Instance(wasmModule('line-count'), { scan: { memory: this.memory } }).exports as unknown as LineCountExports;
  /** Lines longer than the cap in the last range counted. */
  longLines = 0;

  /**
   * The newlines in [start, end) of `bytes`, where `start` is a line start; sets longLines for the same range, the
   * lines longer than `cap` bytes (newline excluded).
   */
  count(bytes: Uint8Array, start: number, end: number, cap: number): number {
    const length = end - start;
    if (length <= 0) {
      this.longLines = 0;
      return 0;
    }
    if (length > this.memory.buffer.byteLength) this.memory.grow(Math.ceil((length - this.memory.buffer.byteLength) / WASM_PAGE));
    new Uint8Array(this.memory.buffer, 0, length).set(bytes.subarray(start, end));
    const lines = this.wasm.countLines(0, length, cap);
    this.longLines = this.wasm.longLines.value as number;
    return lines;
  }
}

export type { LineCounter };

let shared: LineCounter | undefined;

/** This thread's line counter (calls are synchronous, so scanners take turns with it). */
export function lineCounter(): LineCounter {
  return (shared ??= new LineCounter());
}
