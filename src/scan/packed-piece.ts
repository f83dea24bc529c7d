// A scanned piece as a worker posts it: its candidate lines packed into one string and one Int32Array, which cross
// threads as two copies instead of thousands of small objects that the main thread would rebuild only to drop most.
import { OWN_RECORD, type RecordStart } from './record-start.js';
import type { RangeCandidate, RangeRecognizer, RangeResult } from './scan-range.js';

/** A RangeResult without recognition, packed (see packPiece). */
export interface PackedPiece extends Omit<RangeResult, 'candidates'> {
  /** The candidates' texts, each ended by a newline (no text holds one: texts are lines without theirs). */
  readonly texts: string;
  /** Per candidate, three numbers: its line, its record's linesBack, the index in `heads` of its record's head (-1: none). */
  readonly numbers: Int32Array;
  readonly heads: readonly string[];
}

/** What a worker posts for each piece it scanned, and `{ done: true }` when no piece is left. */
export type PieceMessage = { readonly piece: number; readonly packed: PackedPiece } | { readonly done: true };

const FIELDS = 3;

/** Packs a worker's result (its candidates carry no hits: workers recognise nothing). */
export function packPiece(result: RangeResult): PackedPiece {
  const { candidates } = result;
  const numbers = new Int32Array(FIELDS * candidates.length);
  const heads: string[] = [];
  candidates.forEach((c, k) => {
    numbers[FIELDS * k] = c.line;
    numbers[FIELDS * k + 1] = c.record.linesBack;
    numbers[FIELDS * k + 2] = c.record.head === null ? -1 : heads.push(c.record.head) - 1;
  });
  return { lines: result.lines, longLines: result.longLines, bytes: result.bytes, texts: candidates.length === 0 ? '' : `${candidates.map((c) => c.text).join('\n')}\n`, numbers, heads };
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
