// A scanned piece as a worker posts it: its candidate lines packed into one string and one Int32Array, which cross
// threads as two copies instead of thousands of small objects that the main thread would rebuild only to drop most.
import { OWN_RECORD, type RecordStart } from './record-start.js';
import type { CandidateCollector, RangeCandidate, RangeCounts, RangeRecognizer, RangeResult } from './scan-range.js';

/** A range's candidate lines before recognition, packed (see piecePacker). */
export interface PackedPiece extends RangeCounts {
  /** The candidates' texts, each ended by a newline (no text holds one: texts are lines without theirs). */
  readonly texts: string;
  /** Per candidate, three numbers: its line, its record's linesBack, the index in `heads` of its record's head (-1: none). */
  readonly numbers: Int32Array;
  readonly heads: readonly string[];
}

/** What a worker posts for each piece it scanned, and `{ done: true }` when no piece is left. */
export type PieceMessage = { readonly piece: number; readonly packed: PackedPiece } | { readonly done: true };

const FIELDS = 3;
const NL = 0x0a;
/** Bytes first set aside for a piece's texts; the buffer doubles when they need more. */
const FIRST_TEXT_BYTES = 64 * 1024;

/**
 * A worker's collector: copies each candidate's bytes and a newline into one buffer, decoded once when the piece ends.
 * That gives the texts that decoding each line alone would: a newline is never part of a UTF-8 sequence, so a sequence
 * that is invalid or cut short before it is replaced just as at the end of a line's own bytes.
 */
export function piecePacker(): CandidateCollector<PackedPiece> {
  let texts = Buffer.allocUnsafe(FIRST_TEXT_BYTES);
  let used = 0;
  const numbers: number[] = [];
  const heads: string[] = [];
  return {
    sink: (bytes, start, end, line, record) => {
      const needed = used + end - start + 1;
      if (needed > texts.length) {
        const grown = Buffer.allocUnsafe(Math.max(2 * texts.length, needed));
        texts.copy(grown, 0, 0, used);
        texts = grown;
      }
      // A plain Uint8Array view: Buffer#copy and Buffer#subarray go through more JavaScript per call, which a worker
      // runs mostly unoptimised (it scans each byte once).
      texts.set(new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start), used);
      used += end - start;
      texts[used++] = NL;
      const { linesBack, head } = record();
      numbers.push(line, linesBack, head === null ? -1 : heads.push(head) - 1);
    },
    result: (counts) => ({ ...counts, texts: texts.toString('utf8', 0, used), numbers: Int32Array.from(numbers), heads }),
  };
}

/** The candidates of a packed piece that `recognize` finds hits in, with their hits; the others are never built. */
export function unpackRecognized(packed: PackedPiece, recognize: RangeRecognizer): RangeResult {
  const candidates: RangeCandidate[] = [];
  const { texts, numbers, heads } = packed;
  for (let k = 0, from = 0; from < texts.length; k++) {
    const end = texts.indexOf('\n', from);
    const text = texts.slice(from, end);
    from = end + 1;
    const hits = recognize(text);
    if (hits.length === 0) continue;
    const linesBack = numbers[FIELDS * k + 1]!;
    const head = numbers[FIELDS * k + 2]!;
    const record: RecordStart = linesBack === 0 && head === -1 ? OWN_RECORD : { linesBack, head: head === -1 ? null : heads[head]! };
    candidates.push({ line: numbers[FIELDS * k]!, text, record, hits });
  }
  return { lines: packed.lines, longLines: packed.longLines, bytes: packed.bytes, candidates };
}
