// Splits a large plain file at record boundaries into pieces that this thread and worker threads claim in turn.
import { closeSync, openSync, readSync } from 'node:fs';
import { SocklabError } from '../errors/socklab-error.js';
import { lineRole, ROLE_HEAD } from './log-record.js';
import { unpackRecognized, type PackedPiece, type PieceMessage } from './packed-piece.js';
import { fileStartsWithGzip } from './gzip-magic.cjs';
import { takeScanWorker } from './scan-workers.cjs';
import { recognizedCandidates, scanPieces, type PieceQueue, type RangeJob, type RangeProgress, type RangeRecognizer, type RangeResult, type WorkerJob } from './scan-range.js';

export { PARALLEL_MIN_BYTES, threadsFor } from './scan-workers.cjs';

/** True when the file starts with the gzip magic bytes (such files are streamed, never split). */
export function startsWithGzipMagic(path: string): boolean {
  try {
    return fileStartsWithGzip(path);
  } catch (error) {
    throw new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: path, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }, { cause: error });
  }
}

/**
 * How far after `from` (a line start) the first line that surely starts a log record lies (a headed or plain line):
 * a part that starts there never splits a stack trace. 0 when none is found within one probe.
 */
function recordStartOffset(fd: number, from: number, probe: Buffer): number {
  const bytesRead = readSync(fd, probe, 0, probe.length, from);
  for (let pos = 0; pos < bytesRead;) {
    const nl = probe.indexOf(0x0a, pos);
    if (nl === -1 || nl >= bytesRead) break;
    const role = lineRole(probe.toString('latin1', pos, Math.min(nl, pos + ROLE_HEAD)));
    if (role === 'headed' || role === 'plain') return pos;
    pos = nl + 1;
  }
  return 0;
}

/**
 * Offsets where the parts start, each at a line start (a record start when one is near), ending with `size`. A very
 * long line swallows the would-be boundaries inside it, so there may be fewer parts than asked for, never an empty one.
 * Synchronous: some 60 small reads from the page cache take a few milliseconds, as many awaited reads took 20-60.
 */
function boundaries(fd: number, size: number, parts: number): number[] {
  const starts = [0];
  const probe = Buffer.alloc(64 * 1024);
  for (let k = 1; k < parts; k++) {
    let at = Math.max(starts[starts.length - 1]!, Math.floor((size * k) / parts));
    for (;;) {
      const bytesRead = readSync(fd, probe, 0, probe.length, at);
      if (bytesRead === 0) return [...starts, size];
      const nl = probe.subarray(0, bytesRead).indexOf(0x0a);
      if (nl !== -1) {
        const start = at + nl + 1 + recordStartOffset(fd, at + nl + 1, probe);
        // The newline that ends the file starts no part.
        if (start < size) starts.push(start);
        break;
      }
      at += bytesRead;
    }
  }
  return [...starts, size];
}

/**
 * Starts a worker for `path`; it scans once `job` (the pieces and the keyword table) is posted to it, and hands each
 * piece it scanned to `onPiece`.
 */
function runWorker(
  path: string, job: Promise<WorkerJob>, onPiece: (index: number, packed: PackedPiece) => void, onProgress: (bytes: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = takeScanWorker(new URL('./scan-worker.cjs', import.meta.url));
    void job.then((message) => worker.postMessage(message));
    worker.on('message', (message: PieceMessage | RangeProgress) => {
      if ('progress' in message) onProgress(message.progress);
      else if ('piece' in message) onPiece(message.piece, message.packed);
      else resolve();
    });
    worker.once('error', (error) => reject(new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: path, reason: error.message }, { cause: error })));
    // After `done` this changes nothing (a worker's messages all arrive before its exit); before it, the worker's
    // pieces would be missing, so the scan fails even when the worker exited with 0.
    worker.once('exit', (code) => reject(new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: path, reason: `scan worker exited with ${code} before it finished` })));
  });
}

/**
 * What to throw for this thread's failure to open or read `path` (a missing file, an I/O error): the error a worker's
 * gives; anything else (the caller's code failed) as it is.
 */
function readFailure(path: string, error: unknown): unknown {
  if (typeof (error as NodeJS.ErrnoException | null)?.syscall !== 'string') return error;
  return new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: path, reason: (error as Error).message }, { cause: error });
}

/**
 * How a file is scanned: `table` compiles the keyword table (called once, after the workers are started);
 * `recognize` is this thread's recogniser, which takes every candidate line, this thread's and the workers'.
 */
export interface ParallelSettings extends Pick<RangeJob, 'lineCap'> {
  readonly table: () => Int32Array | null;
  readonly recognize: RangeRecognizer;
}

/**
 * Pieces per thread. Threads claim pieces in turn, so a thread that other work on the machine slows down (or that
 * started later) scans fewer: with one half each, the scan waited for the slower thread 0.5 s in 3.5 s.
 */
const PIECES_PER_THREAD = 16;

/**
 * Scans `path` (`size` bytes) on `threads` threads: this one and workers claim pieces of the file in turn. `onPart`
 * gets the results in file order, each as soon as it and all before it are in, so that what the caller does with them
 * runs while later pieces are scanned, not after; `onBytes` hears of the total bytes scanned. `signal` stops the scan:
 * the results then end with the first piece not scanned to its end (what follows would come after a gap).
 */
export async function scanInParallel(
  path: string, size: number, threads: number, settings: ParallelSettings, onPart: (result: RangeResult) => void,
  onBytes: (total: number) => void = () => {}, signal?: AbortSignal,
): Promise<void> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw readFailure(path, error);
  }
  try {
    await scanOpenFile(fd, path, size, threads, settings, onPart, onBytes, signal);
  } finally {
    closeSync(fd);
  }
}

/** scanInParallel on `path` open as `fd`; returns once no thread reads it any more. */
async function scanOpenFile(
  fd: number, path: string, size: number, threads: number, settings: ParallelSettings, onPart: (result: RangeResult) => void,
  onBytes: (total: number) => void, signal?: AbortSignal,
): Promise<void> {
  let total = 0;
  const progress = (): ((bytes: number) => void) => {
    let reported = 0;
    return (bytes) => {
      onBytes((total += bytes - reported));
      reported = bytes;
    };
  };
  const results: (RangeResult | undefined)[] = [];
  const pieces: Omit<RangeJob, 'table'>[] = [];
  const queue: PieceQueue = { pieces, next: new Int32Array(new SharedArrayBuffer(4)) };
  // No thread claims another piece (an abort, or a failure in the caller's code).
  const stop = (): void => void Atomics.store(queue.next, 0, pieces.length);
  // Pieces handed on so far, in file order; `gap` once one was cut short (an abort), after which none is.
  let delivered = 0;
  let gap = false;
  // The caller's code (onPart, the recogniser) also runs in workers' message handlers: what it throws there stops the
  // scan and is thrown from here, instead of being left uncaught.
  let failure: { readonly error: unknown } | undefined;
  const keep = (index: number, result: RangeResult): void => {
    results[index] = result;
    for (let next = results[delivered]; !gap && failure === undefined && next !== undefined; next = results[delivered]) {
      results[delivered] = undefined;
      const piece = pieces[delivered++]!;
      gap = next.bytes < piece.end - piece.start;
      onPart(next);
    }
  };
  const guarded = <T>(handle: (index: number, result: T) => void) => (index: number, result: T): void => {
    try {
      handle(index, result);
    } catch (error) {
      failure ??= { error };
      stop();
    }
  };
  // A worker's candidates are recognised here as its pieces come in, while this thread's own pieces wait for reads:
  // a worker that recognised them itself paid for the catalog's import, its index and its regexes' first runs (some
  // 190 ms of CPU a worker), against some 2 µs a line here.
  const recognizeWorkerPiece = (index: number, packed: PackedPiece): void => keep(index, unpackRecognized(packed, settings.recognize));
  // Workers take tens of milliseconds to start: they do so while this thread cuts the file and compiles the table.
  let post: (job: WorkerJob) => void = () => {};
  const job = new Promise<WorkerJob>((resolve) => (post = resolve));
  const workers = Array.from({ length: threads - 1 }, () => runWorker(path, job, guarded(recognizeWorkerPiece), progress()));
  let table: Int32Array | null = null;
  try {
    const starts = boundaries(fd, size, threads === 1 ? 1 : threads * PIECES_PER_THREAD);
    for (let k = 0; k + 1 < starts.length; k++) pieces.push({ fd, start: starts[k]!, end: starts[k + 1]!, lineCap: settings.lineCap });
    table = settings.table();
  } finally {
    // Posted even when cutting failed: with no pieces to claim, the workers end at once instead of waiting forever.
    post({ queue, table });
  }
  // An abort also stops the workers from claiming more.
  if (signal?.aborted === true) stop();
  signal?.addEventListener('abort', stop, { once: true });
  const own = scanPieces(queue, table, () => recognizedCandidates(settings.recognize), keep, progress(), signal).catch((error: unknown) => {
    throw readFailure(path, error);
  });
  // Every thread is waited for, failed or not, before the file is closed: one still reading would read a closed
  // descriptor, or another file that got its number. A failure stops the others claiming pieces.
  const settled = await Promise.allSettled([own, ...workers].map((thread) => thread.catch((error: unknown) => {
    stop();
    throw error;
  })));
  signal?.removeEventListener('abort', stop);
  const thrown = settled.find((s) => s.status === 'rejected');
  if (thrown !== undefined) throw thrown.reason;
  if (failure !== undefined) throw failure.error;
}
