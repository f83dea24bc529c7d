// The WebAssembly modules scripts/build.mjs assembles from src/**/*.wat beside the code that loads them, each compiled
// once per thread on first use.
import { readFileSync } from 'node:fs';

/** Bytes in a WebAssembly memory page (memories are sized and grown in pages). */
export const WASM_PAGE = 64 * 1024;

const compiled = new Map<string, WebAssembly.Module>();

/** The module in the `.wasm` file at `url` (small modules: a synchronous compile is cheap). */
export function wasmModule(url: URL): WebAssembly.Module {
  let module = compiled.get(url.href);
  if (module === undefined) compiled.set(url.href, (module = new WebAssembly.Module(readFileSync(url))));
  return module;
}
