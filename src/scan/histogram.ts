// Per-minute counters that become a bounded histogram (wider buckets when the span would exceed the limit).
import type { ScanHistogram } from './scan-result.js';

/** The most buckets a histogram has; longer spans get buckets of several minutes. */
export const MAX_BUCKETS = 1440;

const MINUTE = 60_000;

/** Counts events per minute; memory grows with the number of distinct minutes, not with events. */
export class MinuteCounter {
  private readonly minutes = new Map<number, number>();
  first: number | null = null;
  last: number | null = null;

  /** Records one event at epoch milliseconds `at`. */
  add(at: number): void {
    const minute = Math.floor(at / MINUTE);
    this.minutes.set(minute, (this.minutes.get(minute) ?? 0) + 1);
    if (this.first === null || at < this.first) this.first = at;
    if (this.last === null || at > this.last) this.last = at;
  }

  /** Events in the minutes from `from` to `to` (epoch ms, both inclusive). */
  countBetween(from: number, to: number): number {
    let n = 0;
    for (let m = Math.floor(from / MINUTE); m <= Math.floor(to / MINUTE); m++) n += this.minutes.get(m) ?? 0;
    return n;
  }

  /** The histogram from the first to the last minute seen, or from `from` to `to` when given. */
  histogram(from: number | null = this.first, to: number | null = this.last): ScanHistogram {
    if (from === null || to === null) return { start: null, bucketSeconds: 60, counts: [] };
    const startMinute = Math.floor(from / MINUTE);
    const span = Math.floor(to / MINUTE) - startMinute + 1;
    const width = Math.max(1, Math.ceil(span / MAX_BUCKETS));
    const counts = new Array<number>(Math.ceil(span / width)).fill(0);
    for (const [minute, n] of this.minutes) {
      const bucket = Math.floor((minute - startMinute) / width);
      if (bucket >= 0 && bucket < counts.length) counts[bucket]! += n;
    }
    return { start: new Date(startMinute * MINUTE).toISOString(), bucketSeconds: width * 60, counts };
  }
}
