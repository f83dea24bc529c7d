// The WebAssembly modules scripts/build.mjs assembles beside scan's code, each compiled once per thread on first use.
import { readFileSync } from 'node:fs';

/** Bytes in a WebAssembly memory page (memories are sized and grown in pages). */
export const WASM_PAGE = 64 * 1024;

const compiled = new Map<string, WebAssembly.Module>();

/** The module assembled from `src/scan/<name>.wat` (small modules: a synchronous compile is cheap). */
export function wasmModule(name: string): WebAssembly.Module {
  let module = compiled.get(name);
  if (module === undefined) compiled.set(name, (module = new WebAssembly.Module(readFileSync(new URL(`./${name}.wasm`, import.meta.url)))));
  return module;
}
