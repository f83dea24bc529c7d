// Splits a byte stream into lines with Buffer.indexOf, counts them, and hands on only lines holding a keyword.
import type { KeywordMatcher } from './keyword-matcher.js';

/** Bytes of one line that are ever examined; longer lines are counted and examined through a window this wide. */
export const DEFAULT_LINE_CAP = 64 * 1024;

/** Called for each line that contains a keyword: its text (decoded as UTF-8, capped) and its 1-based number. */
export type CandidateSink = (text: string, line: number) => void;

const NL = 0x0a;


function decode(buf: Buffer, start: number, end: number): string {
  const stop = end > start && buf[end - 1] === 0x0d ? end - 1 : end;
  return buf.toString('utf8', start, stop);
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
  /** `matcher` selects the candidate lines; with null, every line is one. */
  constructor(private readonly matcher: KeywordMatcher | null, private readonly sink: CandidateSink, private readonly cap = DEFAULT_LINE_CAP) {
    this.tail = Buffer.alloc(cap);
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
    if (last > first) this.scanRegion(chunk, first + 1, last + 1);
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
    if (used === 0) return;
    if (this.matcher === null || this.matcher.find(this.tail, 0, used) !== -1) this.sink(decode(this.tail, 0, used), this.lines);
  }

  /** Counts complete lines from `from` up to `to` (a line start), noting the long ones. */
  private count(chunk: Buffer, from: number, to: number): void {
    let pos = from;
    while (pos < to) {
      const nl = chunk.indexOf(NL, pos);
      if (nl - pos > this.cap) this.longLines++;
      this.lines++;
      pos = nl + 1;
    }
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
      this.sink(decode(chunk, windowStart, Math.min(lineEnd, windowStart + this.cap)), this.lines);
    }
    this.count(chunk, counted, end);
  }
}
