// The main thread's side of the fast path: one relay thread per process, and leases that lend it a connection.
import { once } from 'node:events';
import type { Socket } from 'node:net';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { SystemCallError } from '../../errors/system-call-error.js';
import { EventFd } from '../../sys/event-fd.js';
import { fdOf } from '../../sys/fd-of.js';
import { RelayLease, type RelayHandback } from './relay-lease.js';
import { PAGE_BYTES, SLOTS_PER_PAGE, type RelayCommand, type RelayReport } from './relay-protocol.js';
import { holdSocket } from './socket-handover.js';

/** Hands connections with no toxics to a thread that relays them with splice(2), and takes them back on demand. */
export class SpliceRelay {
  private static instance: SpliceRelay | undefined;
  private worker: Worker | undefined;
  private wake: EventFd | undefined;
  private commands: MessagePort | undefined;
  private off: string | undefined;
  private noticeTaken = false;
  private stopping = false;
  private ready = false;
  private readyWaiters: (() => void)[] = [];
  private wakeQueued = false;
  private leases: (RelayLease | undefined)[] = [];
  private freeSlots: number[] = [];
  private pages: Float64Array[] = [];
  private live = 0;

  /** `off`: a reason to never relay (the JS path carries everything). */
  constructor(off?: string) {
    this.off = off;
  }

  /** The relay every proxy of this process shares; SOCKLAB_FAST_PATH=off turns it off. */
  static shared(): SpliceRelay {
    const env = process.env.SOCKLAB_FAST_PATH;
    return (SpliceRelay.instance ??= new SpliceRelay(env === 'off' || env === '0' ? `turned off by SOCKLAB_FAST_PATH=${env}` : undefined));
  }

  /** Why the fast path is off (then every connection takes the JS path), or undefined while it is on. */
  get unavailable(): string | undefined {
    return this.off;
  }

  /** The reason the fast path is off, the first time it is asked after it went off (to be logged once); else undefined. */
  takeNotice(): string | undefined {
    if (this.off === undefined || this.noticeTaken) return undefined;
    this.noticeTaken = true;
    return this.off;
  }

  /** Start the relay thread now, so that it is ready when the first connection comes (a thread takes tens of ms). */
  prepare(): void {
    if (this.off === undefined) this.started();
  }

  /** Call `then` once the thread is ready or the fast path turned out to be off (at once if either is known). */
  whenReady(then: () => void): void {
    if (this.ready || this.off !== undefined) then();
    else {
      this.readyWaiters.push(then);
      this.worker?.ref(); // someone waits: the start must not be cut short by an empty event loop
    }
  }

  /** Connections the relay holds now. */
  get size(): number {
    return this.live;
  }

  /**
   * Lend both sockets to the relay; Node stops reading them (see holdSocket). Node must hold none of their bytes
   * (nothing buffered to read or to write). Undefined, leaving the sockets as they were, while the thread is not
   * ready yet (see whenReady) or when the fast path is off.
   *
   * The relay works on Node's own descriptor numbers (no duplicates: an idle relayed connection costs 2 descriptors,
   * as on the JS path), so Node must not close either socket until the handback: a number closed early could be
   * reused by the next accept and spliced into. Destroy after drop() and the handback (PathSwitch.close does).
   */
  lease(client: Socket, upstream: Socket, onHandback: (handback: RelayHandback) => void): RelayLease | undefined {
    if (this.off !== undefined || !this.started() || !this.ready) return undefined;
    let clientFd: number;
    let upstreamFd: number;
    try {
      clientFd = fdOf(client);
      upstreamFd = fdOf(upstream);
    } catch {
      return undefined; // a socket already closed: the JS path sees to it
    }
    holdSocket(client);
    holdSocket(upstream);
    const slot = this.takeSlot();
    const page = this.pages[Math.floor(slot / SLOTS_PER_PAGE)]!;
    const base = (slot % SLOTS_PER_PAGE) * 2;
    page[base] = 0;
    page[base + 1] = 0;
    const lease = new RelayLease(page, base, onHandback, (kind) => this.send({ kind, slot }));
    this.leases[slot] = lease;
    if (this.live++ === 0) this.worker!.ref(); // the sockets no longer keep the event loop alive: the relay does
    this.send({ kind: 'adopt', slot, client: clientFd, upstream: upstreamFd });
    return lease;
  }

  /** Stop the relay thread; connections it still holds come back as dropped. A later lease starts a new thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (worker === undefined) return;
    this.stopNow();
    await once(worker, 'exit');
  }

  private started(): boolean {
    if (this.worker !== undefined) return !this.stopping;
    try {
      this.wake = EventFd.open(); // loads koffi: refuses where socklab's syscall layer is not verified
    } catch (error) {
      this.off = (error as Error).message;
      return false;
    }
    const { port1, port2 } = new MessageChannel();
    this.commands = port1;
    const worker = new Worker(new URL('./relay-worker.js', import.meta.url), {
      workerData: { wakeFd: this.wake.fd, commands: port2 },
      transferList: [port2],
      // Its JS keeps little alive (bytes stay in the kernel's pipes): a small young generation is collected often,
      // so the thread's short-lived objects do not pile up as resident memory between collections.
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    worker.on('message', (report: RelayReport) => this.onReport(report));
    worker.on('error', (error) => {
      this.off ??= `the relay thread failed: ${error.message}`;
      this.wakeWaiters();
    });
    worker.once('exit', () => this.onExit());
    worker.unref(); // after the listeners: adding a 'message' listener refs the worker again
    process.on('exit', this.stopNow);
    this.worker = worker;
    return true;
  }

  private onReport(report: RelayReport): void {
    if (report.kind === 'ready' || report.kind === 'unavailable') {
      // Nothing was leased before this report (lease waits for ready), so no connection is affected.
      this.ready = report.kind === 'ready';
      if (report.kind === 'unavailable') this.off ??= report.reason;
      this.wakeWaiters();
      if (this.live === 0) this.worker?.unref();
      return;
    }
    const lease = this.leases[report.slot];
    if (lease === undefined) return;
    this.forget(report.slot);
    const f = report.failure;
    if (report.reason === 'unsupported' && f !== null) this.off ??= `splice refused a connection (${new SystemCallError(f.syscall, f.errno).message})`;
    lease.settle({
      reason: report.reason,
      toUpstream: report.toUpstream === null ? null : Buffer.from(report.toUpstream.buffer, report.toUpstream.byteOffset, report.toUpstream.length),
      toClient: report.toClient === null ? null : Buffer.from(report.toClient.buffer, report.toClient.byteOffset, report.toClient.length),
      side: f?.side ?? null,
      error: report.reason === 'failed' && f !== null ? new SystemCallError(f.syscall, f.errno) : undefined,
    });
  }

  /** Sent on process exit too: the thread must not sit in epoll_wait while Node waits for it to end. */
  private readonly stopNow = (): void => {
    if (this.worker === undefined || this.stopping) return;
    this.stopping = true;
    this.commands!.postMessage({ kind: 'stop' } satisfies RelayCommand);
    this.wake!.signal();
  };

  private onExit(): void {
    process.off('exit', this.stopNow);
    if (!this.stopping) this.off ??= 'the relay thread stopped';
    // Whatever was not handed back lost its bytes in flight with the thread (which let go of every descriptor).
    this.leases.forEach((lease, slot) => {
      if (lease === undefined) return;
      this.forget(slot);
      lease.settle({ reason: 'dropped', toUpstream: null, toClient: null, side: null, error: undefined });
    });
    this.commands?.close();
    this.wake?.close();
    this.worker = undefined;
    this.commands = undefined;
    this.wake = undefined;
    this.stopping = false;
    this.ready = false;
    this.wakeWaiters(); // off now (or stopped): waiting for ready ends
    this.leases = [];
    this.freeSlots = [];
    this.pages = [];
  }

  private wakeWaiters(): void {
    for (const then of this.readyWaiters.splice(0)) then();
  }

  private forget(slot: number): void {
    this.leases[slot] = undefined;
    this.freeSlots.push(slot);
    if (--this.live === 0) this.worker?.unref();
  }

  private takeSlot(): number {
    const free = this.freeSlots.pop();
    if (free !== undefined) return free;
    const slot = this.leases.length;
    this.leases.push(undefined);
    if (slot % SLOTS_PER_PAGE === 0) {
      const counters = new SharedArrayBuffer(PAGE_BYTES);
      this.pages.push(new Float64Array(counters));
      this.send({ kind: 'page', page: slot / SLOTS_PER_PAGE, counters });
    }
    return slot;
  }

  /** Commands go in order through the port; one eventfd signal per tick wakes the thread for all of them. */
  private send(command: RelayCommand): void {
    this.commands!.postMessage(command);
    if (this.wakeQueued) return;
    this.wakeQueued = true;
    queueMicrotask(() => {
      this.wakeQueued = false;
      this.wake?.signal();
    });
  }
}
