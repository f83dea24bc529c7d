// Loads the CLI as scripts/bundle-cli.mjs bundled it: one CommonJS file run with the code V8 compiled for it at build
// time, so a start neither resolves, links nor compiles some 140 modules (docs/build.md). CommonJS itself, like
// bin.cts: node's ES module loader, set up for an ES module entry, would add ~5 ms to every start.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { startScanWorkersEarly } from '../scan/scan-workers.cjs';
import type * as CliEntry from './cli-entry.js';

/** Written by scripts/build.mjs beside this module. */
const BUNDLE = join(__dirname, 'cli.bundle.cjs');
const CODE_CACHE = join(__dirname, 'cli.bundle.cache');
/**
 * The bundle's name in stack traces. Code from a cache keeps the name it was compiled under, so it is the same
 * wherever the build ran (dist.next-<pid>) and wherever the package is now.
 */
const NAME_IN_STACKS = 'socklab/dist/src/cli/cli.bundle.cjs';

let script: Script | undefined;
/** The bundle's bytes as loadCli read them, which writeCliCodeCache stores with the code. */
let bundleBytes: Buffer | undefined;

/**
 * The code V8 compiled for exactly `bundle`: the cache file holds the bundle's bytes before the code, compared here
 * (a fraction of a millisecond), since V8 itself checks only the source's length and runs code compiled for other
 * source of the same length, which crashes node (a rebuilt or edited bundle beside an old cache).
 */
function cachedCodeFor(bundle: Buffer): Buffer | undefined {
  try {
    const file = readFileSync(CODE_CACHE);
    const length = file.length >= 4 ? file.readUInt32LE(0) : -1;
    return length === bundle.length && bundle.equals(file.subarray(4, 4 + length)) ? file.subarray(4 + length) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the bundle and returns the CLI's entry points (src/cli/cli-entry.ts). V8 checks the cached code against its
 * own version and flags, and compiles the source as usual when it does not fit (no cache, another bundle, or node
 * upgraded since the build). With the command line `argv` it will run, a scan of a big file first has its worker
 * threads started (src/scan/scan-workers.cts): node's ~30 ms to start one then run on another core meanwhile.
 */
export function loadCli(argv: readonly string[] = []): typeof CliEntry {
  startScanWorkersEarly(argv);
  bundleBytes = readFileSync(BUNDLE);
  const cachedData = cachedCodeFor(bundleBytes);
  // The wrapper node puts around a CommonJS module, plus the bundle's way to node's ES module loader, which code run
  // by vm only reaches through an experimental flag (src/shared/import-module.ts).
  const wrapper = '(function (exports, require, module, __filename, __dirname, __importModule) {';
  const source = `${wrapper}${bundleBytes.toString('utf8')}\n})`;
  script = new Script(source, { filename: NAME_IN_STACKS, ...(cachedData === undefined ? {} : { cachedData }) });
  const bundleModule = { exports: {} };
  const importModule = (url: string): Promise<unknown> => import(url);
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(bundleModule.exports, createRequire(BUNDLE), bundleModule, BUNDLE, __dirname, importModule);
  return bundleModule.exports as typeof CliEntry;
}

/**
 * Build step: writes the code V8 has compiled for the bundle so far (after a warm-up run) where loadCli looks, after
 * the bundle's bytes it was compiled for.
 */
export function writeCliCodeCache(): void {
  if (script === undefined || bundleBytes === undefined) return;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bundleBytes.length, 0);
  writeFileSync(CODE_CACHE, Buffer.concat([length, bundleBytes, script.createCachedData()]));
}
