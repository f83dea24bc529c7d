// Starts the threads of a parallel scan; the executable may start them before the CLI has loaded (cli-bundle.cts), so
// that node's worker start-up (~30 ms) runs on another core while this one loads the CLI. CommonJS, like the
// executable, which loads it before anything else.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { fileStartsWithGzip } from './gzip-magic.cjs';

/** Files smaller than this are scanned on the main thread: starting workers would cost more than it saves. */
export const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;

/** How many threads scan a file of `size` bytes (1 means: this one alone, in one piece). */
export function threadsFor(size: number): number {
  return size < PARALLEL_MIN_BYTES ? 1 : Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * A scan worker (`url`: the build's scan-worker.cjs) with node's options, less --input-type (it applies to the -e string only and
 * stops a worker loading its file); with none when they include one a worker refuses (`node --max-old-space-size=4096
 * socklab scan ...`).
 */
function startScanWorker(url: URL | string): Worker {
  // Loaded only to start one: the executable loads this file for every command (node:worker_threads costs ~2 ms).
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  try {
    return new Worker(url, { execArgv: process.execArgv.filter((arg) => !arg.startsWith('--input-type')) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(url, { execArgv: [] });
  }
}

/** A worker started early, and whether it failed before a scan took it. */
interface EarlyWorker {
  readonly worker: Worker;
  failed: boolean;
}

// Process-wide, not module-wide: bin.cjs loads this file, and the CLI's bundle holds its own copy of it.
const EARLY = Symbol.for('socklab.scan.earlyWorkers');
const earlyWorkers = (): EarlyWorker[] => ((globalThis as { [EARLY]?: EarlyWorker[] })[EARLY] ??= []);

/**
 * The size of the file at `path` when a scan would split it, else 0: a small file, a gzip file, no file, a directory,
 * or a path stat or open refuses (ENOTDIR, EACCES, ELOOP, ENAMETOOLONG), which the scan itself then reports as it does
 * without an early start.
 */
function splitSize(path: string): number {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isFile() !== true || stat.size < PARALLEL_MIN_BYTES) return 0;
    return fileStartsWithGzip(path) ? 0 : stat.size;
  } catch {
    return 0;
  }
}

/**
 * Starts the workers that `socklab <argv>` will scan with, if it scans a file big enough to be split (not gzip, not
 * with --follow): they wait, without keeping the process alive, for the scan to hand them their pieces. `url`: the worker's
 * file, by default the one beside this file as the executable loads it (the CLI's bundle holds a copy of this code).
 */
export function startScanWorkersEarly(argv: readonly string[], url: URL | string = join(__dirname, 'scan-worker.cjs')): void {
  if (argv[0] !== 'scan' || argv.includes('--follow') || argv.includes('-f')) return;
  const size = Math.max(0, ...argv.slice(1).filter((arg) => !arg.startsWith('-')).map(splitSize));
  for (let k = 1; k < threadsFor(size); k++) {
    let worker: Worker;
    try {
      worker = startScanWorker(url);
    } catch {
      // Starting early only saves time: the scan starts its own, and reports what stops that.
      return;
    }
    const early: EarlyWorker = { worker, failed: false };
    early.worker.unref();
    // A worker that fails to start before a scan takes it is replaced then; its error must not end the process.
    early.worker.once('error', () => (early.failed = true)).once('exit', () => (early.failed = true));
    earlyWorkers().push(early);
  }
}

/**
 * Removes the listeners startScanWorkersEarly added. Not removeAllListeners(): that removes node's own as well (Node 20:
 * a 'message' listener added after it, to a worker that had one before, is not called while the event loop has other
 * work, so a scan would take a worker's pieces only at its end).
 */
function forgetListeners(worker: Worker): Worker {
  for (const event of ['error', 'exit']) worker.removeAllListeners(event);
  return worker;
}

/** A worker for a scan: one started early, if one is waiting, else a new one. */
export function takeScanWorker(url: URL | string): Worker {
  for (let early = earlyWorkers().shift(); early !== undefined; early = earlyWorkers().shift()) {
    if (early.failed) continue;
    forgetListeners(early.worker).ref();
    return early.worker;
  }
  return startScanWorker(url);
}
