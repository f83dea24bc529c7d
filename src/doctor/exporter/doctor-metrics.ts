// The Prometheus metrics of this network namespace's TCP sockets and kernel counters, with bounded label cardinality.
import { Counter, Gauge, Registry } from 'prom-client';
import { COUNTER_MEANINGS } from '../counter-meanings.js';
import { readKernelCounters } from '../../sys/kernel-counters.js';
import { endpointKey } from '../listen-backlogs.js';
import type { TcpSocket } from '../proc-net-tcp.js';
import type { SocketOwner } from '../socket-owners.js';
import { takeSocketSnapshot, type SocketSnapshot } from '../socket-snapshot.js';
import { TCP_STATES, type TcpState } from '../tcp-state.js';

/** Options of doctorMetrics(). */
export interface DoctorMetricsOptions {
  /** Processes with the most sockets that get their own `pid` label; the rest are summed under pid="other". Default 20. */
  readonly topProcesses?: number;
  /** Listeners with the fullest accept queues that get their own series. Default 50. */
  readonly topListeners?: number;
  /** Where /proc is mounted (tests and containers). */
  readonly procRoot?: string;
}

/** A registry whose `collect()` takes one fresh reading; `registry.metrics()` then renders it. */
export interface DoctorMetrics {
  readonly registry: Registry;
  /** Reads /proc once and sets every metric from that one reading. */
  collect(): void;
}

/** The pid and comm label of processes outside the top N. */
export const OTHER_PROCESSES = 'other';
/** The pid and comm label of a listener no readable process holds. */
const UNSEEN = 'unseen';

interface ProcessCounts {
  readonly owner: SocketOwner;
  total: number;
  readonly byState: Map<TcpState, number>;
}

function countByProcess(snapshot: SocketSnapshot): ProcessCounts[] {
  const byPid = new Map<number, ProcessCounts>();
  for (const s of snapshot.sockets) {
    const owner = snapshot.owners.byInode.get(s.inode);
    if (owner === undefined) continue;
    let counts = byPid.get(owner.pid);
    if (counts === undefined) byPid.set(owner.pid, (counts = { owner, total: 0, byState: new Map() }));
    counts.total += 1;
    counts.byState.set(s.state, (counts.byState.get(s.state) ?? 0) + 1);
  }
  return [...byPid.values()].sort((a, b) => b.total - a.total);
}

function isRetransmitting(s: TcpSocket): boolean {
  return s.timer === 'retransmit' && s.retransmits > 0;
}

/** Builds the registry of `socklab doctor --serve`; nothing is read until `collect()`. */
export function doctorMetrics(options: DoctorMetricsOptions = {}): DoctorMetrics {
  const topProcesses = options.topProcesses ?? 20;
  const topListeners = options.topListeners ?? 50;
  const procRoot = options.procRoot ?? '/proc';
  const registry = new Registry();
  const registers = [registry];
  const sockets = new Gauge({ name: 'socklab_tcp_sockets', help: 'TCP sockets of this network namespace per state', labelNames: ['state'], registers });
  const perProcess = new Gauge({
    name: 'socklab_process_tcp_sockets',
    help: `TCP sockets per owning process and state: the top ${topProcesses} processes by socket count, the rest summed under pid="${OTHER_PROCESSES}"`,
    labelNames: ['pid', 'comm', 'state'], registers,
  });
  const queued = new Gauge({ name: 'socklab_listen_queue_length', help: 'Connections waiting in a listener\'s accept queue (completed handshakes not yet accepted)', labelNames: ['address', 'port', 'pid', 'comm'], registers });
  const backlog = new Gauge({ name: 'socklab_listen_queue_backlog', help: 'The accept-queue limit of a listener (listen() backlog capped by somaxconn); read only for listeners with a non-empty queue', labelNames: ['address', 'port', 'pid', 'comm'], registers });
  const retransmitting = new Gauge({ name: 'socklab_tcp_retransmitting_sockets', help: 'TCP sockets whose retransmission timer is running with at least one unanswered retransmission', registers });
  const unowned = new Gauge({ name: 'socklab_tcp_sockets_without_owner', help: 'TCP sockets held by a file no readable process refers to (other users\' processes when not root)', registers });
  const kernel = new Counter({
    name: 'socklab_kernel_tcp_events_total',
    help: 'Kernel TCP counters of this network namespace (/proc/net/snmp and /proc/net/netstat), labelled with the errno applications see because of them ("none" when no errno surfaces)',
    labelNames: ['counter', 'errno'], registers,
  });
  const duration = new Gauge({ name: 'socklab_scrape_duration_seconds', help: 'Time spent reading /proc for this scrape', registers });

  function setProcesses(snapshot: SocketSnapshot): void {
    const counts = countByProcess(snapshot);
    for (const { owner, byState } of counts.slice(0, topProcesses)) {
      for (const [state, n] of byState) perProcess.set({ pid: String(owner.pid), comm: owner.command, state }, n);
    }
    const rest = new Map<TcpState, number>();
    for (const { byState } of counts.slice(topProcesses)) for (const [state, n] of byState) rest.set(state, (rest.get(state) ?? 0) + n);
    for (const [state, n] of rest) perProcess.set({ pid: OTHER_PROCESSES, comm: OTHER_PROCESSES, state }, n);
  }

  function setListeners(snapshot: SocketSnapshot): void {
    const listeners = snapshot.sockets.filter((s) => s.state === 'LISTEN').sort((a, b) => b.recvQueue - a.recvQueue).slice(0, topListeners);
    for (const s of listeners) {
      const owner = snapshot.owners.byInode.get(s.inode);
      const labels = { address: s.localAddress, port: String(s.localPort), pid: owner === undefined ? UNSEEN : String(owner.pid), comm: owner?.command ?? UNSEEN };
      queued.set(labels, s.recvQueue);
      const limit = snapshot.backlogs?.get(endpointKey(s.localAddress, s.localPort));
      if (limit !== undefined) backlog.set(labels, limit);
    }
  }

  return {
    registry,
    collect(): void {
      const started = performance.now();
      const snapshot = takeSocketSnapshot(procRoot);
      const counters = readKernelCounters(procRoot);
      registry.resetMetrics();
      const byState = new Map<TcpState, number>(TCP_STATES.map((s) => [s, 0]));
      let unseen = 0;
      for (const s of snapshot.sockets) {
        byState.set(s.state, (byState.get(s.state) ?? 0) + 1);
        if (s.inode !== 0 && !snapshot.owners.byInode.has(s.inode)) unseen += 1;
      }
      for (const [state, n] of byState) sockets.set({ state }, n);
      setProcesses(snapshot);
      setListeners(snapshot);
      retransmitting.set(snapshot.sockets.filter(isRetransmitting).length);
      unowned.set(unseen);
      for (const meaning of COUNTER_MEANINGS) {
        const value = counters[meaning.key];
        if (value !== undefined) kernel.inc({ counter: meaning.key.slice(meaning.key.indexOf(':') + 1), errno: meaning.errno ?? 'none' }, value);
      }
      duration.set((performance.now() - started) / 1000);
    },
  };
}
