// The --json schema of `socklab doctor`: the plain data object doctor() returns.
import type { CounterDelta } from './counter-deltas.js';
import type { ErrnoLink } from './errno-link.js';
import type { SocketTimer } from './proc-net-tcp.js';
import type { SocketOwner } from './socket-owners.js';
import type { TcpState } from './tcp-state.js';

/** One socket named in a finding. */
export interface SocketRef {
  readonly local: string;
  readonly remote: string;
  readonly state: TcpState;
  readonly recvQueue: number;
  readonly sendQueue: number;
  readonly retransmits: number;
  readonly timer: SocketTimer;
  readonly timerMs: number;
  readonly rtoMs: number | null;
  /** For LISTEN sockets: the accept-queue limit, null when it could not be read. */
  readonly backlog?: number | null;
}

/** The problems doctor recognises. */
export type FindingKind = 'close-wait-leak' | 'fin-wait2-orphans' | 'syn-sent-unanswered' | 'retransmitting' | 'accept-queue-full';

/** One recognised problem: what it is, who owns it, which errno it leads to, and some of the sockets (at most 10). */
export interface Finding {
  readonly kind: FindingKind;
  readonly summary: string;
  /** The process holding the sockets; null for orphans or when it could not be seen. */
  readonly owner: SocketOwner | null;
  readonly count: number;
  readonly errno: ErrnoLink | null;
  readonly sockets: readonly SocketRef[];
}

/** Sockets of one process. */
export interface ProcessSockets extends SocketOwner {
  readonly total: number;
  readonly byState: Readonly<Partial<Record<TcpState, number>>>;
}

/** What this run could and could not see. */
export interface Visibility {
  /** True when running as root in this user namespace: every process's sockets can be attributed. */
  readonly root: boolean;
  readonly scannedProcesses: number;
  /** Processes whose /proc/<pid>/fd could not be read (not ours): their sockets appear without owner. */
  readonly unreadableProcesses: number;
  /** Sockets with a file but no visible owner. */
  readonly socketsWithoutOwner: number;
  /** Sockets no file refers to: orphans after close(), TIME_WAIT, connections not yet accepted. */
  readonly orphanSockets: number;
  /** False when the listeners' backlogs could not be read (`ss` missing), so full accept queues cannot be judged. */
  readonly backlogsKnown: boolean;
  readonly notes: readonly string[];
}

/** The filters applied to sockets (counters are namespace-wide and never filtered). */
export interface DoctorFilters {
  readonly port?: number;
  readonly pid?: number;
  readonly state?: TcpState;
}

/** The result of one doctor run: `socklab doctor --json` prints exactly this. */
export interface DoctorResult {
  /** ISO time of the socket snapshot (taken at the end of the interval). */
  readonly takenAt: string;
  /** Interval over which counter deltas were measured, in ms. */
  readonly intervalMs: number;
  /** Time spent reading and analysing the sockets, in ms. */
  readonly snapshotMs: number;
  readonly filters: DoctorFilters;
  readonly totals: { readonly sockets: number; readonly byState: Readonly<Record<TcpState, number>> };
  /** Processes holding sockets, most sockets first. */
  readonly processes: readonly ProcessSockets[];
  readonly findings: readonly Finding[];
  readonly counters: readonly CounterDelta[];
  readonly visibility: Visibility;
}
