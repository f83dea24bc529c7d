// Joins the recognised lines of one log record into one error event, and picks the hit that speaks for it.
import type { LineHit } from './recognizer.js';
import type { ScanSample } from './scan-result.js';
import { sampleText } from './group-table.js';
import { parseTimestamp, type TimestampOptions } from './timestamp.js';

/** One socket error: every recognised line of one log record, counted once. */
export interface ErrorEvent {
  /** The hit that speaks for the event, its missing phase and peer filled in from the other hits that agree with it. */
  readonly hit: LineHit;
  /** Every pattern that matched in the record. */
  readonly patternIds: readonly string[];
  /** Epoch ms of the record (its first line's timestamp, else the first one found in its recognised lines). */
  readonly at: number | null;
  /** The line of the hit that speaks for the event. */
  readonly sample: ScanSample;
}

interface RecognisedLine {
  readonly line: number;
  readonly text: string;
  readonly hits: readonly LineHit[];
}

interface Pending {
  readonly lines: RecognisedLine[];
  at: number | null;
}

/** How much a hit says: a kind first (a wrapper such as `fetch failed` has none), then an errno, a phase, a peer. */
const weight = (hit: LineHit): number =>
  (hit.kind === null ? 0 : 8) + (hit.errno === null ? 0 : 4) + (hit.phase === null ? 0 : 2) + (hit.peer === null ? 0 : 1);

/**
 * Which hit speaks for an event: the most telling (the first among equals). A kernel errno that a library of the same
 * record says it made up (Node's `socket hang up` carries code ECONNRESET) does not speak: the library's hit does.
 */
function speakerIndex(hits: readonly LineHit[]): number {
  const invented = new Set(hits.flatMap((h) => (h.origin.source !== 'kernel' && h.origin.code !== null ? [h.origin.code] : [])));
  const says = (hit: LineHit): number => (hit.origin.source === 'kernel' && invented.has(hit.errno ?? '') ? 0 : weight(hit));
  let best = 0;
  hits.forEach((hit, i) => {
    if (says(hit) > says(hits[best]!)) best = i;
  });
  return best;
}

/** The hit at `index`, its missing phase and peer taken from the hits that name the same errno or none. */
function completed(hits: readonly LineHit[], index: number): LineHit {
  const best = hits[index]!;
  const agreeing = hits.filter((h) => h.errno === null || h.errno === best.errno);
  return {
    ...best,
    phase: best.phase ?? agreeing.find((h) => h.phase !== null)?.phase ?? null,
    peer: best.peer ?? agreeing.find((h) => h.peer !== null)?.peer ?? null,
  };
}

/** Feed recognised lines in file order; each finished record comes out once as an ErrorEvent. */
export class EventAssembler {
  private pending: Pending | null = null;
  private lastLine = 0;

  constructor(private readonly source: string, private readonly emit: (event: ErrorEvent) => void, private readonly stamps: TimestampOptions = {}) {}

  /** A line with hits; `recordLine` is the first line of its record and `recordHead` that line's head (null: this line). */
  add(line: number, text: string, hits: readonly LineHit[], recordLine: number, recordHead: string | null): void {
    // Same event when the record began at or before the last recognised line: nothing in between started a new one.
    if (this.pending === null || recordLine > this.lastLine) {
      this.flush();
      this.pending = { lines: [], at: recordHead === null ? null : parseTimestamp(recordHead, this.stamps) };
    }
    this.pending.lines.push({ line, text, hits });
    this.pending.at ??= parseTimestamp(text, this.stamps);
    this.lastLine = line;
  }

  /** Emits the pending event (at the end of the input, or when --follow has caught up). */
  flush(): void {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    const all = pending.lines.flatMap((l) => l.hits);
    const owners = pending.lines.flatMap((l) => l.hits.map(() => l));
    const speaker = speakerIndex(all);
    const from = owners[speaker]!;
    this.emit({
      hit: completed(all, speaker),
      patternIds: [...new Set(all.map((h) => h.patternId))],
      at: pending.at,
      sample: { source: this.source, line: from.line, text: sampleText(from.text) },
    });
  }
}
