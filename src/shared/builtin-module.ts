// Loads a node built-in module when it is first needed rather than at start-up: some cost every start a millisecond
// or more (node:zlib; node:fs/promises, with the readline it loads). A require, not import(): the CLI's bundle runs in
// vm, where import() needs a flag (src/shared/import-module.ts).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The built-in module `name` (`node:zlib`), loaded now if no one has loaded it yet. */
export function builtinModule<T>(name: `node:${string}`): T {
  return require(name) as T;
}
