// Splits a byte stream into lines, counts them, and hands on the lines holding a keyword with a way to find their record.
import type { KeywordMatcher } from './keyword-matcher.js';
import { lineCounter } from './line-counter.js';
import { ROLE_HEAD } from './log-record.js';
import { RECORD_WALK_BYTES, recordStart, type RecordStart } from './record-start.js';

/** Bytes of one line that are ever examined; longer lines are counted and examined through a window this wide. */
export const DEFAULT_LINE_CAP = 64 * 1024;

/**
 * Called for each line that contains a keyword: its text (decoded as UTF-8, capped), its 1-based number, and a
 * function that finds the start of its log record; call that before returning, if at all (the bytes are reused).
 */
export type CandidateSink = (text: string, line: number, record: () => RecordStart) => void;

const NL = 0x0a;

function decode(buf: Buffer, start: number, end: number): string {
  const stop = end > start && buf[end - 1] === 0x0d ? end - 1 : end;
  return buf.toString('utf8', start, stop);
}

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

/** Push chunks in, call end(); lines, longLines and bytes are counted as it goes. Memory stays within one chunk plus `cap`. */
export class LineScanner {
  /** Lines seen (a final line without a newline counts). */
  lines = 0;
  /** Lines longer than the cap. */
  longLines = 0;
  bytes = 0;
  private readonly tail: Buffer;
  private tailUsed = 0;
  private tailLength = 0;
  private readonly history = new LineHistory();
  private readonly counter = lineCounter();

  /** `matcher` selects the candidate lines; with null, every line is one. */
  constructor(private readonly matcher: KeywordMatcher | null, private readonly sink: CandidateSink, private readonly cap = DEFAULT_LINE_CAP) {
    // One byte more than the cap for the newline the history needs.
    this.tail = Buffer.alloc(cap + 1);
  }

  /** Feeds the next chunk of bytes. */
  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    const first = chunk.indexOf(NL);
    if (first === -1) {
      this.appendTail(chunk, 0, chunk.length);
      return;
    }
    this.appendTail(chunk, 0, first);
    this.flushTail();
    const last = chunk.lastIndexOf(NL);
    if (last > first) {
      this.scanRegion(chunk, first + 1, last + 1);
      this.history.append(chunk.subarray(Math.max(first + 1, last + 1 - RECORD_WALK_BYTES), last + 1));
    }
    this.appendTail(chunk, last + 1, chunk.length);
  }

  /** Ends the input: a pending line without a final newline is counted and examined. */
  end(): void {
    if (this.tailLength > 0) this.flushTail();
  }

  private appendTail(chunk: Buffer, start: number, end: number): void {
    this.tailLength += end - start;
    const room = this.cap - this.tailUsed;
    if (room <= 0 || end <= start) return;
    const take = Math.min(room, end - start);
    chunk.copy(this.tail, this.tailUsed, start, start + take);
    this.tailUsed += take;
  }

  private flushTail(): void {
    this.lines++;
    if (this.tailLength > this.cap) this.longLines++;
    const used = this.tailUsed;
    this.tailUsed = 0;
    this.tailLength = 0;
    if (used > 0 && (this.matcher === null || this.matcher.find(this.tail, 0, used) !== -1)) {
      this.sink(decode(this.tail, 0, used), this.lines, () => recordStart(this.tail.toString('latin1', 0, Math.min(used, ROLE_HEAD)), [this.history.view()]));
    }
    // The line's newline is not in `tail`; the history needs it to tell lines apart.
    this.tail[used] = NL;
    this.history.append(this.tail.subarray(0, used + 1));
  }

  /** Counts complete lines from `from` up to `to` (a line start), noting the long ones. */
  private count(chunk: Buffer, from: number, to: number): void {
    this.lines += this.counter.count(chunk, from, to, this.cap);
    this.longLines += this.counter.longLines;
  }

  /** Where each line of [start, end) starts (every line is a candidate when there are no keywords). */
  private static lineStarts(chunk: Buffer, start: number, end: number): number[] {
    const starts: number[] = [];
    for (let pos = start; pos < end; pos = chunk.indexOf(NL, pos) + 1) starts.push(pos);
    return starts;
  }

  /** [start, end) holds whole lines, the last ending with a newline. */
  private scanRegion(chunk: Buffer, start: number, end: number): void {
    let counted = start;
    const matches = this.matcher === null ? LineScanner.lineStarts(chunk, start, end) : this.matcher.lineMatches(chunk, start, end);
    for (const at of matches) {
      const lineStart = Math.max(counted, chunk.lastIndexOf(NL, at) + 1);
      const lineEnd = chunk.indexOf(NL, at);
      this.count(chunk, counted, lineStart);
      this.lines++;
      if (lineEnd - lineStart > this.cap) this.longLines++;
      counted = lineEnd + 1;
      const windowStart = at - lineStart < this.cap - 1024 ? lineStart : at - (this.cap >> 1);
      // Most candidate lines are no error, and only an error's record is looked for.
      const record = (): RecordStart => recordStart(chunk.toString('latin1', lineStart, Math.min(lineEnd, lineStart + ROLE_HEAD)), [chunk.subarray(start, lineStart), this.history.view()]);
      this.sink(decode(chunk, windowStart, Math.min(lineEnd, windowStart + this.cap)), this.lines, record);
    }
    this.count(chunk, counted, end);
  }
}
