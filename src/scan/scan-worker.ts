// Worker entry for parallel scans: scans one byte range of a file and posts back its counts and recognised lines.
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { catalogRecognizer } from './catalog-recognizer.js';
import { LineScanner } from './line-scanner.js';
import type { LineHit } from './recognizer.js';

/** What the main thread asks a worker to scan: bytes [start, end) of `path`, which begin at a line start. */
export interface RangeJob {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly lineCap: number;
}

/** One recognised line of a range; `line` counts from the range's first line (1-based). */
export interface RangeHit {
  readonly line: number;
  readonly text: string;
  readonly hits: readonly LineHit[];
}

/** What a worker posts about every 16 MiB: bytes of its range scanned so far. */
export interface RangeProgress {
  readonly progress: number;
}

/** What a worker posts back at the end. */
export interface RangeResult {
  readonly lines: number;
  readonly longLines: number;
  readonly bytes: number;
  readonly found: readonly RangeHit[];
}

const PROGRESS_EVERY = 16 * 1024 * 1024;

if (parentPort !== null) {
  const job = workerData as RangeJob;
  const recognizer = catalogRecognizer();
  const found: RangeHit[] = [];
  const scanner = new LineScanner(recognizer.keywords, (text, line) => {
    const hits = recognizer.recognize(text);
    if (hits.length > 0) found.push({ line, text, hits });
  }, job.lineCap);
  let next = PROGRESS_EVERY;
  for await (const chunk of createReadStream(job.path, { start: job.start, end: job.end - 1, highWaterMark: 1024 * 1024 })) {
    scanner.push(chunk as Buffer);
    if (scanner.bytes >= next) {
      next += PROGRESS_EVERY;
      parentPort.postMessage({ progress: scanner.bytes } satisfies RangeProgress);
    }
  }
  scanner.end();
  const result: RangeResult = { lines: scanner.lines, longLines: scanner.longLines, bytes: scanner.bytes, found };
  parentPort.postMessage(result);
}
