// Accumulates error events into groups keyed by errno, kind, origin, ecosystem, phase and peer.
import { MinuteCounter } from './histogram.js';
import { EVENT_TEXT_CHARS, type ErrorEvent } from './event-assembler.js';
import type { Origin } from '../catalog/pattern.js';
import type { Kind } from '../catalog/types.js';
import type { LineHit, ScanPhase } from './recognizer.js';
import type { ScanSample } from './scan-result.js';
import { terminalSafe } from '../shared/terminal-safe.js';
import { compareText } from '../shared/compare-text.js';

/** One group while the scan runs. */
export interface GroupAccumulator {
  readonly errno: string | null;
  readonly kind: Kind | null;
  readonly origin: Origin;
  readonly ecosystem: string;
  readonly phase: ScanPhase | null;
  readonly peer: string | null;
  count: number;
  undated: number;
  readonly minutes: MinuteCounter;
  /** The first and the last event (their samples are made printable only for the report: see samplesOf). */
  first: ErrorEvent | null;
  last: ErrorEvent | null;
  readonly patternIds: Set<string>;
}

const SAMPLE_CHARS = EVENT_TEXT_CHARS - 1;

/** An event's line as a sample safe to print: control characters (C0, C1, ESC) become escapes such as `\x1b`, long lines are cut. */
export function sampleOf(event: ErrorEvent): ScanSample {
  const clean = terminalSafe(event.text);
  return { source: event.source, line: event.line, text: clean.length > SAMPLE_CHARS ? `${clean.slice(0, SAMPLE_CHARS - 1)}…` : clean };
}

/** A group's samples: its first and its last event's, printable. */
export function samplesOf(group: GroupAccumulator): ScanSample[] {
  return [group.first, group.last].flatMap((event) => (event === null ? [] : [sampleOf(event)]));
}

/** The identity of the group a hit belongs to. */
function groupKey(hit: LineHit): string {
  const origin = hit.origin.source === 'kernel' ? 'kernel' : `${hit.origin.source}:${hit.origin.by}:${hit.origin.code ?? ''}`;
  return `${hit.errno ?? ''}\0${hit.kind ?? ''}\0${origin}\0${hit.ecosystem}\0${hit.phase ?? ''}\0${hit.peer ?? ''}`;
}

/** The groups of a scan, plus the timeline of all hits. */
export class GroupTable {
  private readonly groups = new Map<string, GroupAccumulator>();
  /** Every timestamped hit, for the overall timeline and burst finding. */
  readonly timeline = new MinuteCounter();
  hits = 0;
  /** Events left out by the since/until window. */
  outsideWindow = 0;

  /** Counts one error event in the group of the hit that speaks for it. */
  add(event: ErrorEvent): void {
    const { hit, at } = event;
    const key = groupKey(hit);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = {
        errno: hit.errno, kind: hit.kind, origin: hit.origin, ecosystem: hit.ecosystem, phase: hit.phase, peer: hit.peer,
        count: 0, undated: 0, minutes: new MinuteCounter(), first: null, last: null, patternIds: new Set(),
      };
      this.groups.set(key, group);
    }
    this.hits++;
    group.count++;
    for (const id of event.patternIds) group.patternIds.add(id);
    if (at === null) group.undated++;
    else {
      group.minutes.add(at);
      this.timeline.add(at);
    }
    if (group.first === null) group.first = event;
    else group.last = event;
  }

  /** The groups, most frequent first (ties: errno, kind, ecosystem, phase, peer). */
  sorted(): GroupAccumulator[] {
    return [...this.groups.values()].sort((a, b) =>
      b.count - a.count || compareText(a.errno ?? '', b.errno ?? '') || compareText(a.kind ?? '', b.kind ?? '')
      || compareText(a.ecosystem, b.ecosystem) || compareText(a.phase ?? '', b.phase ?? '') || compareText(a.peer ?? '', b.peer ?? ''));
  }
}
