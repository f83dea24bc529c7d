// What a scenario process tells the runner over IPC, and the report of a scenario that never got to run.
import type { TimelineEvent } from '../timeline.js';

/** What the scenario process reports. */
export interface ChildReport {
  readonly status: 'ran' | 'not-run' | 'failed';
  readonly reason?: string;
  readonly startedAt: number;
  readonly durationMs: number;
  readonly events: readonly TimelineEvent[];
  readonly isolated: boolean;
  /** Whether the in-process capture ran, so `events` holds the packets. */
  readonly captured: boolean;
  /** The capture as a pcapng file, base64, when the runner asked for it. */
  readonly pcapng?: string;
}

/** Messages the scenario process sends to the runner. */
export type ChildMessage =
  /** Set up (capture running) and waiting for `go`. */
  | { readonly type: 'ready' }
  | ({ readonly type: 'report' } & ChildReport);

/** The report of a scenario that did not run (or died before reporting): no events, no time. */
export function stoppedReport(status: 'not-run' | 'failed', reason: string, isolated = false): ChildReport {
  return { status, reason, startedAt: Date.now(), durationMs: 0, events: [], isolated, captured: false };
}
