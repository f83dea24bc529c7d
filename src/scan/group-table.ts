// Accumulates hits into groups keyed by errno, ecosystem, phase and peer.
import { MinuteCounter } from './histogram.js';
import type { LineHit, ScanPhase } from './recognizer.js';
import type { ScanSample } from './scan-result.js';

/** One group while the scan runs. */
export interface GroupAccumulator {
  readonly errno: string | null;
  readonly ecosystem: string;
  readonly phase: ScanPhase | null;
  readonly peer: string | null;
  count: number;
  undated: number;
  readonly minutes: MinuteCounter;
  first: ScanSample | null;
  last: ScanSample | null;
  readonly patternIds: Set<string>;
}

const SAMPLE_CHARS = 400;

/** Makes a log line safe to print: control characters become `?`, long lines are cut. */
export function sampleText(line: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = line.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '?');
  return clean.length > SAMPLE_CHARS ? `${clean.slice(0, SAMPLE_CHARS - 1)}…` : clean;
}

/** The identity of the group a hit belongs to. */
export function groupKey(hit: LineHit): string {
  return `${hit.errno ?? ''}\u0000${hit.ecosystem}\u0000${hit.phase ?? ''}\u0000${hit.peer ?? ''}`;
}

/** The groups of a scan, plus the timeline of all hits. */
export class GroupTable {
  private readonly groups = new Map<string, GroupAccumulator>();
  /** Every timestamped hit, for the overall timeline and burst finding. */
  readonly timeline = new MinuteCounter();
  hits = 0;

  /** Records one hit seen at `at` (epoch ms, null when the line had no timestamp) in `source` at `line`. */
  add(hit: LineHit, at: number | null, source: string, line: number, text: string): void {
    const key = groupKey(hit);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = {
        errno: hit.errno, ecosystem: hit.ecosystem, phase: hit.phase, peer: hit.peer,
        count: 0, undated: 0, minutes: new MinuteCounter(), first: null, last: null, patternIds: new Set(),
      };
      this.groups.set(key, group);
    }
    this.hits++;
    group.count++;
    group.patternIds.add(hit.patternId);
    if (at === null) group.undated++;
    else {
      group.minutes.add(at);
      this.timeline.add(at);
    }
    const sample = { source, line, text: sampleText(text) };
    if (group.first === null) group.first = sample;
    else group.last = sample;
  }

  /** The groups, most frequent first (ties: errno, then ecosystem). */
  sorted(): GroupAccumulator[] {
    return [...this.groups.values()].sort((a, b) =>
      b.count - a.count || (a.errno ?? '').localeCompare(b.errno ?? '') || a.ecosystem.localeCompare(b.ecosystem)
      || (a.peer ?? '').localeCompare(b.peer ?? ''));
  }
}
