// Walks back from a candidate line to the first line of its log record, through the lines still in memory.
import { continuesRecord, lineRole, mayContinueRecord, ROLE_HEAD, STAMPED_HEAD } from './log-record.js';

/** Records are followed back at most this far; the bound is in bytes and lines, so chunking never changes a result. */
export const RECORD_WALK_BYTES = 64 * 1024;
const RECORD_WALK_LINES = 256;
/** Characters of the record's first line kept for its timestamp (parseTimestamp looks at 200). */
const STAMP_HEAD = 200;
const NL = 0x0a;

/** Where a candidate line's record starts: `linesBack` lines before it (0: the candidate itself), and that line's head. */
export interface RecordStart {
  readonly linesBack: number;
  /** The first characters of the record's first line, null when that is the candidate itself. */
  readonly head: string | null;
}

/** The record that starts at the candidate itself. */
export const OWN_RECORD: RecordStart = { linesBack: 0, head: null };

/** A candidate line and the lines before it, as recordStart reads them. */
export interface RecordLines {
  /** The line's first `chars` characters (fewer when the line is shorter). */
  head(chars: number): string;
  /**
   * The bytes just before the line, newest first, each a run of whole lines ending in a newline (the chunk so far,
   * then older history); asked for only when the line can continue a record (most candidates start their own).
   */
  earlier(): readonly Buffer[];
}

/** Finds the record of a candidate line. */
export function recordStart(candidate: RecordLines): RecordStart {
  // Most candidates start their own record, and most of those are told apart without decoding a role's whole head.
  const stamped = candidate.head(STAMPED_HEAD);
  if (!mayContinueRecord(stamped)) return OWN_RECORD;
  let role = lineRole(stamped.length < STAMPED_HEAD ? stamped : candidate.head(ROLE_HEAD));
  if (!continuesRecord(role, 'headed') && !continuesRecord(role, 'indented')) return OWN_RECORD;
  let start: RecordStart = OWN_RECORD;
  let lines = 0;
  let bytes = 0;
  for (const buffer of candidate.earlier()) {
    for (let end = buffer.length; end > 0;) {
      const from = end >= 2 ? buffer.lastIndexOf(NL, end - 2) + 1 : 0;
      lines++;
      bytes += end - from;
      if (lines > RECORD_WALK_LINES || bytes > RECORD_WALK_BYTES) return start;
      const previous = lineRole(buffer.toString('latin1', from, Math.min(end - 1, from + ROLE_HEAD)));
      end = from;
      if (previous === 'blank') continue;
      if (!continuesRecord(role, previous)) return start;
      role = previous;
      start = { linesBack: lines, head: buffer.toString('utf8', from, Math.min(buffer.indexOf(NL, from), from + STAMP_HEAD)) };
    }
  }
  return start;
}
