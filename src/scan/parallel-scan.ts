// Splits a large plain file at line boundaries and scans the parts in worker threads, one per available core.
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SocklabError } from '../errors/socklab-error.js';
import type { RangeJob, RangeProgress, RangeResult } from './scan-worker.js';

/** Files smaller than this are scanned on the main thread: starting workers would cost more than it saves. */
export const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;

/** How many parts to split a file of `size` bytes into (1 means: do not split). */
export function partsFor(size: number): number {
  return size < PARALLEL_MIN_BYTES ? 1 : Math.max(1, Math.min(4, availableParallelism()));
}

/** True when the file starts with the gzip magic bytes (such files are streamed, never split). */
export async function startsWithGzipMagic(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/**
 * Offsets where the parts start, each just after a newline, ending with `size`. A very long line swallows the
 * would-be boundaries inside it, so there may be fewer parts than asked for, but never an empty one.
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
          // The newline that ends the file starts no part.
          if (at + nl + 1 < size) starts.push(at + nl + 1);
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

function runWorker(job: RangeJob, onBytes: (delta: number) => void): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./scan-worker.js', import.meta.url), { workerData: job });
    let reported = 0;
    worker.on('message', (message: RangeResult | RangeProgress) => {
      if ('progress' in message) {
        onBytes(message.progress - reported);
        reported = message.progress;
      } else resolve(message);
    });
    worker.once('error', (error) => reject(new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: job.path, reason: error.message }, { cause: error })));
    worker.once('exit', (code) => {
      if (code !== 0) reject(new SocklabError('SOCKLAB_INPUT_UNREADABLE', { source: job.path, reason: `scan worker exited with ${code}` }));
    });
  });
}

/** Scans `path` (`size` bytes) in `parts` workers; results come back in file order; `onBytes` hears of progress. */
export async function scanInParallel(path: string, size: number, parts: number, lineCap: number, onBytes: (total: number) => void = () => {}): Promise<RangeResult[]> {
  let total = 0;
  const starts = await boundaries(path, size, parts);
  const jobs: RangeJob[] = [];
  for (let k = 0; k + 1 < starts.length; k++) jobs.push({ path, start: starts[k]!, end: starts[k + 1]!, lineCap });
  return Promise.all(jobs.map((job) => runWorker(job, (delta) => onBytes((total += delta)))));
}
