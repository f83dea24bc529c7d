// Joins the recognised lines of one log record into one error event, and picks the hit that speaks for it.
import type { LineHit } from './recognizer.js';
import { parseTimestamp, type TimestampOptions } from './timestamp.js';

/**
 * Characters of its line an event keeps: a group keeps its last event until the scan ends, and a line can be 64 KiB.
 * A sample shows at most one fewer (group-table.ts), and escaping only lengthens a line, so the sample is the same.
 */
export const EVENT_TEXT_CHARS = 401;

/** One socket error: every recognised line of one log record, counted once. */
export interface ErrorEvent {
  /** The hit that speaks for the event, its missing phase and peer filled in from the other hits that agree with it. */
  readonly hit: LineHit;
  /** Every pattern that matched in the record. */
  readonly patternIds: readonly string[];
  /** Epoch ms of the record (its first line's timestamp, else the first one found in its recognised lines). */
  readonly at: number | null;
  /** Where the hit that speaks for the event was read, and its line as read, cut to EVENT_TEXT_CHARS (`sampleOf` makes it printable). */
  readonly source: string;
  readonly line: number;
  readonly text: string;
}

/** One hit of a pending record, and the line it was found in. */
interface RecordHit {
  readonly hit: LineHit;
  readonly line: number;
  readonly text: string;
}

interface Pending {
  readonly hits: RecordHit[];
  at: number | null;
}

/** How much a hit says: a kind first (a wrapper such as `fetch failed` has none), then an errno, a phase, a peer. */
const weight = (hit: LineHit): number =>
  (hit.kind === null ? 0 : 8) + (hit.errno === null ? 0 : 4) + (hit.phase === null ? 0 : 2) + (hit.peer === null ? 0 : 1);

/** Whether `hit` is a kernel errno that a library of the same record says it made up (`socket hang up`, code ECONNRESET). */
const madeUp = (hit: LineHit, hits: readonly RecordHit[]): boolean =>
  hit.origin.source === 'kernel' && hit.errno !== null && hits.some(({ hit: h }) => h.origin.source !== 'kernel' && h.origin.code === hit.errno);

/** Which hit speaks for an event: the most telling (the first among equals); a made-up kernel errno counts as saying nothing. */
function speaker(hits: readonly RecordHit[]): RecordHit {
  let best = hits[0]!;
  if (hits.length === 1) return best;
  let most = -1;
  for (const candidate of hits) {
    const says = madeUp(candidate.hit, hits) ? 0 : weight(candidate.hit);
    if (says > most) {
      best = candidate;
      most = says;
    }
  }
  return best;
}

/** `best`, its missing phase and peer taken from the first hits that name the same errno or none. */
function completed(hits: readonly RecordHit[], best: LineHit): LineHit {
  let { phase, peer } = best;
  for (const { hit } of hits) {
    if (hit.errno !== null && hit.errno !== best.errno) continue;
    phase ??= hit.phase;
    peer ??= hit.peer;
  }
  return phase === best.phase && peer === best.peer ? best : { ...best, phase, peer };
}

/** Every pattern that matched in a record, once each, in the order found. */
function patternIdsOf(hits: readonly RecordHit[]): string[] {
  const ids: string[] = [];
  for (const { hit } of hits) if (!ids.includes(hit.patternId)) ids.push(hit.patternId);
  return ids;
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
      this.pending = { hits: [], at: recordHead === null ? null : parseTimestamp(recordHead, this.stamps) };
    }
    for (const hit of hits) this.pending.hits.push({ hit, line, text });
    this.pending.at ??= parseTimestamp(text, this.stamps);
    this.lastLine = line;
  }

  /** Emits the pending event (at the end of the input, or when --follow has caught up). */
  flush(): void {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    const from = speaker(pending.hits);
    this.emit({
      hit: completed(pending.hits, from.hit),
      patternIds: patternIdsOf(pending.hits),
      at: pending.at,
      source: this.source,
      line: from.line,
      text: from.text.length > EVENT_TEXT_CHARS ? from.text.slice(0, EVENT_TEXT_CHARS) : from.text,
    });
  }
}
