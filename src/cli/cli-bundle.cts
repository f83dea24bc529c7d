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

function cachedCode(): Buffer | undefined {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}

/**
 * Runs the bundle and returns the CLI's entry points (src/cli/cli-entry.ts). V8 checks the cached code against the
 * source, its own version and its flags, and compiles the source as usual when it does not fit (no cache, or node
 * upgraded since the build). With the command line `argv` it will run, a scan of a big file first has its worker
 * threads started (src/scan/scan-workers.cts): node's ~30 ms to start one then run on another core meanwhile.
 */
export function loadCli(argv: readonly string[] = []): typeof CliEntry {
  startScanWorkersEarly(argv);
  const cachedData = cachedCode();
  // The wrapper node puts around a CommonJS module, plus the bundle's way to node's ES module loader, which code run
  // by vm only reaches through an experimental flag (src/shared/import-module.ts).
  const wrapper = '(function (exports, require, module, __filename, __dirname, __importModule) {';
  const source = `${wrapper}${readFileSync(BUNDLE, 'utf8')}\n})`;
  script = new Script(source, { filename: NAME_IN_STACKS, ...(cachedData === undefined ? {} : { cachedData }) });
  const bundleModule = { exports: {} };
  const importModule = (url: string): Promise<unknown> => import(url);
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(bundleModule.exports, createRequire(BUNDLE), bundleModule, BUNDLE, __dirname, importModule);
  return bundleModule.exports as typeof CliEntry;
}

/** Build step: writes the code V8 has compiled for the bundle so far (after a warm-up run) where loadCli looks. */
export function writeCliCodeCache(): void {
  if (script !== undefined) writeFileSync(CODE_CACHE, script.createCachedData());
}
