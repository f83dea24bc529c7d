// Splits a byte stream into lines, counts them, and hands on the lines holding a keyword with a way to find their record.
import { leaseFilter, releaseFilter, CANDIDATE_KEYWORD_END, CANDIDATE_LINE_END, CANDIDATE_LINE_START, CANDIDATE_LINES_BEFORE, type KeywordFilter } from './keyword-filter.js';
import { RECORD_WALK_BYTES, recordStart, type RecordLines, type RecordStart } from './record-start.js';

/** Bytes of one line that are ever decoded; longer lines are counted and decoded through a window this wide. */
export const DEFAULT_LINE_CAP = 64 * 1024;
/**
 * Bytes from a line's start in which a keyword makes it a candidate, however the input is cut into chunks: a line
 * longer than this (plus the cap) is not kept in memory whole.
 */
export const EXAMINED_BYTES = 1024 * 1024;
/** Bytes a chunk brings at most (room() is this large). */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Called for each line that contains a keyword: its text as bytes [start, end) of `bytes` (capped, without a final CR;
 * decode them as UTF-8), its 1-based number, a function that finds the start of its log record, and the offset in the
 * input of its first keyword's last byte. The bytes are reused: read them, and call `record`, before returning.
 */
export type CandidateSink = (bytes: Buffer, start: number, end: number, line: number, record: () => RecordStart, keywordEnd: number) => void;

const NL = 0x0a;
const CR = 0x0d;

/** The last RECORD_WALK_BYTES (or more) of whole lines already scanned, so a record can be followed back across chunks. */
class LineHistory {
  private readonly buffer = Buffer.alloc(2 * RECORD_WALK_BYTES);
  private used = 0;

  /** Appends whole lines (`bytes` ends with a newline). */
  append(bytes: Uint8Array): void {
    if (bytes.length >= RECORD_WALK_BYTES) {
      // Only the whole lines within the last RECORD_WALK_BYTES can matter.
      const from = bytes.indexOf(NL, bytes.length - RECORD_WALK_BYTES - 1) + 1;
      this.buffer.set(bytes.subarray(from), 0);
      this.used = bytes.length - from;
      return;
    }
    if (this.used + bytes.length > this.buffer.length) {
      // Keep the newest lines: drop whole lines from the front until the rest fits with room to spare.
      const from = this.buffer.indexOf(NL, this.used - RECORD_WALK_BYTES) + 1;
      this.used = this.buffer.copy(this.buffer, 0, from, this.used);
    }
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  view(): Buffer {
    return this.buffer.subarray(0, this.used);
  }
}

/**
 * The candidate line a sink is handed: [start, end) of the filter's text, of which [textStart, textEnd) is handed on
 * as its text; recordStart reads it. One per scanner, moved from line to line: a closure per candidate line, and two
 * more for recordStart, cost some 250 bytes of garbage a line.
 */
class CandidateLine implements RecordLines {
  start = 0;
  end = 0;
  textStart = 0;
  textEnd = 0;

  constructor(private readonly filter: KeywordFilter, private readonly history: LineHistory) {}

  /** Moves to the line [start, end) whose first keyword ends at `at`; its text is at most `cap` bytes, without a final CR. */
  moveTo(at: number, start: number, end: number, cap: number): void {
    this.start = start;
    this.end = end;
    // A keyword far into a long line is decoded with the bytes around it.
    this.textStart = at - start < cap - 1024 ? start : Math.max(start, at - (cap >> 1));
    const windowEnd = Math.min(end, this.textStart + cap);
    this.textEnd = windowEnd > this.textStart && this.filter.bytes[windowEnd - 1] === CR ? windowEnd - 1 : windowEnd;
  }

  head(chars: number): string {
    return this.filter.bytes.toString('latin1', this.start, Math.min(this.end, this.start + chars));
  }

  earlier(): readonly Buffer[] {
    return [this.filter.bytes.subarray(this.filter.textAt, this.start), this.history.view()];
  }
}

/**
 * Write the next bytes into room() and commit() them, or push() a chunk; then end(). Lines, longLines and bytes are
 * counted as it goes. The bytes are scanned where they were written, in this thread's keyword filter memory, which the
 * scanner holds until end(); a line that a chunk leaves unfinished moves to the front of that memory for the next.
 */
export class LineScanner {
  /** Lines seen (a final line without a newline counts). */
  lines = 0;
  /** Lines longer than the cap. */
  longLines = 0;
  bytes = 0;
  private readonly history = new LineHistory();
  private readonly filter: KeywordFilter;
  /** The end of the unfinished line at the front of the text (it starts at filter.textAt). */
  private dataEnd: number;
  /** The bytes of the line too long to keep, already examined, whose newline is still to come; null when none is. */
  private long: { bytes: number; head: Buffer } | null = null;
  /** The line the sink is handed, and how its `record` finds where its record starts (made once, not per line). */
  private readonly candidateLine: CandidateLine;
  private readonly record: () => RecordStart;

  /** `table` (compileKeywordTable's) selects the candidate lines; with null, every line is one. */
  constructor(private readonly table: Int32Array | null, private readonly sink: CandidateSink, private readonly cap = DEFAULT_LINE_CAP) {
    this.filter = leaseFilter(table, EXAMINED_BYTES + cap + CHUNK_BYTES);
    this.dataEnd = this.filter.textAt;
    this.candidateLine = new CandidateLine(this.filter, this.history);
    this.record = () => recordStart(this.candidateLine);
  }

  /** Where the next bytes go: up to CHUNK_BYTES of them. */
  room(): Buffer {
    return this.filter.bytes.subarray(this.dataEnd, this.dataEnd + CHUNK_BYTES);
  }

  /** Scans the `length` bytes just written at the start of room(). */
  commit(length: number): void {
    const { bytes, textAt } = this.filter;
    let from = this.dataEnd;
    this.dataEnd += length;
    this.bytes += length;
    if (this.long !== null) {
      const nl = bytes.indexOf(NL, from);
      if (nl === -1 || nl >= this.dataEnd) {
        this.long.bytes += length;
        this.dataEnd = textAt;
        return;
      }
      this.endLong(this.long.bytes + nl - from);
      bytes.copyWithin(textAt, nl + 1, this.dataEnd);
      this.dataEnd = textAt + this.dataEnd - nl - 1;
      from = textAt;
    }
    const last = bytes.lastIndexOf(NL, this.dataEnd - 1);
    if (last >= from) {
      this.filter.guard(this.dataEnd);
      this.scan(textAt, last + 1);
      this.history.append(bytes.subarray(textAt, last + 1));
      bytes.copyWithin(textAt, last + 1, this.dataEnd);
      this.dataEnd = textAt + this.dataEnd - last - 1;
    }
    if (this.dataEnd - textAt >= EXAMINED_BYTES + this.cap) {
      // A line too long to keep: its first EXAMINED_BYTES are examined now, and only its newline is looked for after.
      this.scan(textAt, textAt + EXAMINED_BYTES, this.dataEnd);
      this.long = { bytes: this.dataEnd - textAt, head: Buffer.from(bytes.subarray(textAt, textAt + this.cap)) };
      this.dataEnd = textAt;
    }
  }

  /** Feeds the next chunk of bytes (copied into the filter's memory). */
  push(chunk: Uint8Array): void {
    for (let at = 0; at < chunk.length;) {
      const room = this.room();
      const length = Math.min(room.length, chunk.length - at);
      room.set(chunk.subarray(at, at + length));
      this.commit(length);
      at += length;
    }
  }

  /** Ends the input: a pending line without a final newline is counted and examined. Hands the filter back. */
  end(): void {
    const { bytes, textAt } = this.filter;
    if (this.long !== null) {
      this.endLong(this.long.bytes);
    } else if (this.dataEnd > textAt) {
      bytes[this.dataEnd] = NL;
      this.filter.guard(this.dataEnd + 1);
      this.scan(textAt, this.dataEnd + 1);
    }
    this.dataEnd = textAt;
    releaseFilter(this.filter);
  }

  /** Counts the long line, `length` bytes, and keeps its head as the history's newest line. */
  private endLong(length: number): void {
    this.lines++;
    if (length > this.cap) this.longLines++;
    const head = this.long!.head;
    this.history.append(Buffer.concat([head, Buffer.of(NL)]));
    this.long = null;
  }

  /**
   * Scans [start, end) of the filter's text: whole lines, or the first bytes of a line too long to keep, whose bytes
   * go on to `dataEnd`.
   */
  private scan(start: number, end: number, dataEnd = end): void {
    if (this.table === null) {
      this.everyLine(start, end, dataEnd);
      return;
    }
    const { filter, candidateLine } = this;
    for (let from = start; from < end;) {
      const run = filter.scan(from, end, this.cap, EXAMINED_BYTES);
      const found = filter.candidates;
      for (let r = run.first; r < run.first + 4 * run.found; r += 4) {
        const at = found[r + CANDIDATE_KEYWORD_END]!;
        const lineEnd = found[r + CANDIDATE_LINE_END]!;
        candidateLine.moveTo(at, found[r + CANDIDATE_LINE_START]!, lineEnd < end ? lineEnd : dataEnd, this.cap);
        // The sink is called here, not from a method that this loop calls per line: the optimising compiler compiled
        // such a method, and with it the sink and recordStart, once on its own and once more inside this loop.
        this.sink(filter.bytes, candidateLine.textStart, candidateLine.textEnd, this.lines + found[r + CANDIDATE_LINES_BEFORE]! + 1, this.record, this.keywordEnd(at));
      }
      this.lines += run.lines;
      this.longLines += run.longLines;
      from = run.stop;
    }
  }

  /** scan() without keywords: every line is a candidate. */
  private everyLine(start: number, end: number, dataEnd: number): void {
    const { filter: { bytes }, candidateLine } = this;
    for (let lineStart = start; lineStart < end;) {
      const nl = bytes.indexOf(NL, lineStart);
      const lineEnd = nl === -1 || nl >= end ? end : nl;
      candidateLine.moveTo(lineStart, lineStart, lineEnd < end ? lineEnd : dataEnd, this.cap);
      this.sink(bytes, candidateLine.textStart, candidateLine.textEnd, this.lines + 1, this.record, this.keywordEnd(lineStart));
      if (lineEnd < end) {
        this.lines++;
        if (lineEnd - lineStart > this.cap) this.longLines++;
      }
      lineStart = lineEnd + 1;
    }
  }

  /** The offset in the input of the filter's text offset `at` (of the chunk being scanned). */
  private keywordEnd(at: number): number {
    return this.bytes - (this.dataEnd - at);
  }
}
