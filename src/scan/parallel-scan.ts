// Splits a large plain file at line boundaries and scans the parts side by side: the first here, the others in workers.
import { open, type FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SocklabError } from '../errors/socklab-error.js';
import { lineRole, ROLE_HEAD } from './log-record.js';
import { scanRange, type RangeJob, type RangeProgress, type RangeResult, type RangeTable } from './scan-range.js';

/** Files smaller than this are scanned on the main thread: starting workers would cost more than it saves. */
export const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;

/** How many parts to split a file of `size` bytes into (1 means: do not split). */
export function partsFor(size: number): number {
  return size < PARALLEL_MIN_BYTES ? 1 : Math.max(1, Math.min(4, availableParallelism()));
}

/** True when the file starts with the gzip magic bytes (such files are streamed, never split). */
export async function startsWithGzipMagic(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: path, reason: error.code ?? error.message }, { cause: error });
  });
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * How far after `from` (a line start) the first line that surely starts a log record lies (a headed or plain line):
 * a part that starts there never splits a stack trace. 0 when none is found within one probe.
 */
async function recordStartOffset(handle: FileHandle, from: number, probe: Buffer): Promise<number> {
  const { bytesRead } = await handle.read(probe, 0, probe.length, from);
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
 */
async function boundaries(path: string, size: number, parts: number): Promise<number[]> {
  const handle = await open(path, 'r');
  try {
    const starts = [0];
    const probe = Buffer.alloc(64 * 1024);
    for (let k = 1; k < parts; k++) {
      let at = Math.max(starts[starts.length - 1]!, Math.floor((size * k) / parts));
      for (;;) {
        const { bytesRead } = await handle.read(probe, 0, probe.length, at);
        if (bytesRead === 0) return [...starts, size];
        const nl = probe.subarray(0, bytesRead).indexOf(0x0a);
        if (nl !== -1) {
          const start = at + nl + 1 + (await recordStartOffset(handle, at + nl + 1, probe));
          // The newline that ends the file starts no part.
          if (start < size) starts.push(start);
          break;
        }
        at += bytesRead;
      }
    }
    return [...starts, size];
  } finally {
    await handle.close();
  }
}

/** Starts a worker on `job`; it scans once `table` is posted to it. */
function runWorker(job: Omit<RangeJob, 'table'>, table: Promise<RangeTable>, onProgress: (bytes: number) => void): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    // A worker inherits node's options; --input-type applies to the -e string only and stops a worker loading its file.
    const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
    const worker = new Worker(new URL('./scan-worker.js', import.meta.url), { workerData: job, execArgv });
    void table.then((message) => worker.postMessage(message));
    worker.on('message', (message: RangeResult | RangeProgress) => {
      if ('progress' in message) onProgress(message.progress);
      else resolve(message);
    });
    worker.once('error', (error) => reject(new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: job.path, reason: error.message }, { cause: error })));
    worker.once('exit', (code) => {
      if (code !== 0) reject(new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: job.path, reason: `scan worker exited with ${code}` }));
    });
  });
}

/** How a file is scanned: `table` compiles the keyword table (called once, after the workers are started). */
export interface ParallelSettings extends Pick<RangeJob, 'lineCap' | 'catalogOnly'> {
  readonly table: () => Int32Array | null;
}

/**
 * Scans `path` (`size` bytes) in up to `parts` parts, the first on this thread while worker threads take the others;
 * results come back in file order; `onBytes` hears of the total bytes scanned; `signal` stops this thread's part.
 */
export async function scanInParallel(
  path: string, size: number, parts: number, settings: ParallelSettings,
  onBytes: (total: number) => void = () => {}, signal?: AbortSignal,
): Promise<RangeResult[]> {
  let total = 0;
  const starts = await boundaries(path, size, parts);
  const jobs: Omit<RangeJob, 'table'>[] = [];
  for (let k = 0; k + 1 < starts.length; k++) jobs.push({ path, start: starts[k]!, end: starts[k + 1]!, lineCap: settings.lineCap, catalogOnly: settings.catalogOnly });
  const progress = (): ((bytes: number) => void) => {
    let reported = 0;
    return (bytes) => {
      onBytes((total += bytes - reported));
      reported = bytes;
    };
  };
  const [here, ...elsewhere] = jobs;
  // Workers take tens of milliseconds to start: they do so while this thread compiles the table.
  let compiled: (table: RangeTable) => void = () => {};
  const table = new Promise<RangeTable>((resolve) => (compiled = resolve));
  const results = elsewhere.map((job) => runWorker(job, table, progress()));
  const message = { table: settings.table() };
  compiled(message);
  return Promise.all([scanRange({ ...here!, table: message.table }, progress(), signal), ...results]);
}
