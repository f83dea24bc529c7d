// Finds the candidate lines (those holding a keyword) of one byte range of a file; run by the main thread and workers.
import { LineScanner, type CandidateSink } from './line-scanner.js';
import { readRange } from './read-range.js';
import type { LineHit } from './recognizer.js';
import type { RecordStart } from './record-start.js';

/** What the main thread asks a worker to scan: bytes [start, end) of the file open as `fd`, which begin at a line start. */
export interface RangeJob {
  /**
   * The file's descriptor, opened once by the thread that cut the file: a process's threads share descriptors, so every
   * piece is read from the file that was opened, even once it is renamed or replaced (a log rotated mid-scan).
   */
  readonly fd: number;
  readonly start: number;
  readonly end: number;
  readonly lineCap: number;
  /** The compiled keyword table (compileKeywordTable, or keywordTable for a prebuilt one), null to take every line. */
  readonly table: Int32Array | null;
}

/** Recognises a candidate line (the main thread's recogniser); workers have none and hand every candidate back. */
export type RangeRecognizer = (text: string) => readonly LineHit[];

/** A recognised line; `line` counts from the range's first line (1-based); `record` is where its record starts. */
export interface RangeCandidate {
  readonly line: number;
  readonly text: string;
  readonly record: RecordStart;
  /** What the recogniser found in the line (never empty). */
  readonly hits: readonly LineHit[];
}

/** What the main thread then sends a worker: the pieces to claim and the compiled keyword table. */
export interface WorkerJob {
  readonly queue: PieceQueue;
  readonly table: Int32Array | null;
}

/** What a worker posts about every 16 MiB: bytes it has scanned so far. */
export interface RangeProgress {
  readonly progress: number;
}

/** What every scanned range counts. */
export interface RangeCounts {
  readonly lines: number;
  readonly longLines: number;
  readonly bytes: number;
}

/** A range scanned with a recogniser: its counts and recognised lines. */
export interface RangeResult extends RangeCounts {
  readonly candidates: readonly RangeCandidate[];
}

/** Takes a range's candidate lines as the scanner finds them (`sink`), then makes the range's result. */
export interface CandidateCollector<T extends RangeCounts> {
  readonly sink: CandidateSink;
  result(counts: RangeCounts): T;
}

/** A collector that keeps the candidates `recognize` finds hits in, with their hits and records. */
export function recognizedCandidates(recognize: RangeRecognizer): CandidateCollector<RangeResult> {
  const candidates: RangeCandidate[] = [];
  return {
    sink: (bytes, start, end, line, record) => {
      const text = bytes.toString('utf8', start, end);
      const hits = recognize(text);
      // Stored by index, not pushed: the optimising compiler inlines push for the empty array's kind (small integers)
      // and deoptimised the scanner, which inlines this sink, at the first line kept in a new piece.
      if (hits.length > 0) candidates[candidates.length] = { line, text, record: record(), hits };
    },
    result: (counts) => ({ ...counts, candidates }),
  };
}

const PROGRESS_EVERY = 16 * 1024 * 1024;

/** A file cut into pieces (in file order) that threads claim one at a time: `next` is the index of the next to claim. */
export interface PieceQueue {
  readonly pieces: readonly Omit<RangeJob, 'table'>[];
  /** One Int32 in shared memory. */
  readonly next: Int32Array;
}

/**
 * Claims and scans pieces of `queue` until none is left or `signal` aborts, each with a fresh collector from `collect`
 * (see scanRange); `onPiece` gets each result with the piece's index, `onProgress` the bytes this caller has scanned.
 */
export async function scanPieces<T extends RangeCounts>(
  queue: PieceQueue, table: Int32Array | null, collect: () => CandidateCollector<T>, onPiece: (index: number, result: T) => void,
  onProgress: (bytes: number) => void = () => {}, signal?: AbortSignal,
): Promise<void> {
  let scanned = 0;
  while (signal?.aborted !== true) {
    const index = Atomics.add(queue.next, 0, 1);
    if (index >= queue.pieces.length) return;
    const result = await scanRange({ ...queue.pieces[index]!, table }, collect(), (bytes) => onProgress(scanned + bytes), signal);
    scanned += result.bytes;
    onPiece(index, result);
    onProgress(scanned);
  }
}

/**
 * Scans `job`'s range, handing its candidate lines to `collector`, and returns the collector's result. `onProgress`
 * hears the bytes scanned so far about every 16 MiB; `signal` stops it early.
 */
export async function scanRange<T extends RangeCounts>(
  job: RangeJob, collector: CandidateCollector<T>, onProgress: (bytes: number) => void = () => {}, signal?: AbortSignal,
): Promise<T> {
  const scanner = new LineScanner(job.table, collector.sink, job.lineCap);
  let next = PROGRESS_EVERY;
  for await (const length of readRange(job.fd, job.start, job.end, () => scanner.room())) {
    scanner.commit(length);
    if (scanner.bytes >= next) {
      next += PROGRESS_EVERY;
      onProgress(scanner.bytes);
    }
    if (signal?.aborted === true) break;
  }
  scanner.end();
  return collector.result({ lines: scanner.lines, longLines: scanner.longLines, bytes: scanner.bytes });
}
