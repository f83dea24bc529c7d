// doctor(): a live diagnosis of this network namespace's TCP sockets and counter changes over an interval.
import { setTimeout as sleep } from 'node:timers/promises';
import { counterDeltas } from './counter-deltas.js';
import type { DoctorFilters, DoctorResult, ProcessSockets } from './doctor-result.js';
import { findProblems } from './findings.js';
import { readKernelCounters } from '../sys/kernel-counters.js';
import type { TcpSocket } from './proc-net-tcp.js';
import type { SocketOwner } from './socket-owners.js';
import { takeSocketSnapshot } from './socket-snapshot.js';
import { emptyStateCounts, type TcpState } from './tcp-state.js';

/** Options of doctor(); all optional. */
export interface DoctorOptions extends DoctorFilters {
  /** Counter deltas are measured over this many ms before the snapshot; 0 reads counters once (deltas 0). Default 1000. */
  readonly intervalMs?: number;
  /** Aborts the interval wait (Ctrl-C in --watch). */
  readonly signal?: AbortSignal;
  /** Where /proc is mounted (tests and containers). */
  readonly procRoot?: string;
}

function matches(s: TcpSocket, f: DoctorFilters, owner: SocketOwner | undefined): boolean {
  if (f.port !== undefined && s.localPort !== f.port && s.remotePort !== f.port) return false;
  if (f.state !== undefined && s.state !== f.state) return false;
  if (f.pid !== undefined && owner?.pid !== f.pid) return false;
  return true;
}

function groupProcesses(sockets: readonly TcpSocket[], owners: ReadonlyMap<number, SocketOwner>): ProcessSockets[] {
  const byPid = new Map<number, { owner: SocketOwner; total: number; byState: Partial<Record<TcpState, number>> }>();
  for (const s of sockets) {
    const owner = owners.get(s.inode);
    if (owner === undefined) continue;
    let g = byPid.get(owner.pid);
    if (g === undefined) byPid.set(owner.pid, (g = { owner, total: 0, byState: {} }));
    g.total += 1;
    g.byState[s.state] = (g.byState[s.state] ?? 0) + 1;
  }
  return [...byPid.values()].sort((a, b) => b.total - a.total).map((g) => ({ ...g.owner, total: g.total, byState: g.byState }));
}

/** Snapshot of the sockets plus counter deltas over `intervalMs`: the object `socklab doctor --json` prints. */
export async function doctor(options: DoctorOptions = {}): Promise<DoctorResult> {
  const intervalMs = options.intervalMs ?? 1000;
  const procRoot = options.procRoot ?? '/proc';
  const before = readKernelCounters(procRoot);
  if (intervalMs > 0) await sleep(intervalMs, undefined, options.signal === undefined ? {} : { signal: options.signal });
  const started = performance.now();
  const filters: DoctorFilters = {
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.pid === undefined ? {} : { pid: options.pid }),
    ...(options.state === undefined ? {} : { state: options.state }),
  };
  const root = process.getuid?.() === 0;
  const filtered = Object.keys(filters).length > 0;
  const { sockets, owners, backlogs } = takeSocketSnapshot(procRoot, filtered ? (s, o) => matches(s, filters, o.byInode.get(s.inode)) : undefined);
  const byState = emptyStateCounts();
  let withoutOwner = 0;
  let orphans = 0;
  for (const s of sockets) {
    byState[s.state] += 1;
    if (s.inode === 0) orphans += 1;
    else if (!owners.byInode.has(s.inode)) withoutOwner += 1;
  }
  const findings = findProblems(sockets, owners.byInode, backlogs);
  const snapshotMs = Math.round((performance.now() - started) * 10) / 10;
  // With no interval the counters are read once, as documented: their deltas are 0 by definition.
  const after = intervalMs > 0 ? readKernelCounters(procRoot) : before;
  const notes: string[] = [];
  if (owners.unreadableProcesses > 0) notes.push(`${owners.unreadableProcesses} processes could not be inspected (${root ? 'outside this user namespace' : 'not yours'}): ${withoutOwner} sockets have no visible owner.${root ? '' : ' Run as root to see every owner.'}`);
  if (backlogs === null) notes.push('`ss` is not installed: listen backlogs are unknown, so full accept queues cannot be judged.');
  notes.push('Counters are for this network namespace as a whole; filters apply to sockets only.');
  return {
    takenAt: new Date().toISOString(),
    intervalMs,
    snapshotMs,
    filters,
    totals: { sockets: sockets.length, byState },
    processes: groupProcesses(sockets, owners.byInode),
    findings,
    counters: counterDeltas(before, after),
    visibility: {
      root, scannedProcesses: owners.scannedProcesses, unreadableProcesses: owners.unreadableProcesses,
      socketsWithoutOwner: withoutOwner, orphanSockets: orphans, backlogsKnown: backlogs !== null, notes,
    },
  };
}
