// The relay thread's loop: edge-triggered epoll over every relayed socket, plus an eventfd that says commands wait.
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { SystemCallError } from '../../errors/system-call-error.js';
import { Epoll } from '../../sys/epoll.js';
import type { EventFd } from '../../sys/event-fd.js';
import { EPOLL } from '../../sys/linux-constants.js';
import { PipePool } from './pipe-pool.js';
import { SLOTS_PER_PAGE, type HandbackReason, type RelayCommand, type RelayFailure, type RelayReport } from './relay-protocol.js';
import { SplicedConnection } from './spliced-connection.js';

const WAKE_TOKEN = 0xffffffff;
const WATCH = EPOLL.IN | EPOLL.OUT | EPOLL.RDHUP | EPOLL.ET;
/**
 * Pipe sizes: with 1 MiB pipes (the default fs.pipe-max-size) the relay spent 10-25% less CPU per GB than with 256 KiB
 * ones, for one stream and for 100 (bench/proxy's CPU figures, side by side). Past 32 open pipes, 256 KiB: 100 busy
 * connections of an unprivileged user then stay under fs.pipe-user-pages-soft (64 MiB), past which the kernel keeps
 * new pipes at their smallest and refuses to resize them.
 */
const PIPE_SIZES = { large: 1024 * 1024, largeCount: 32, small: 256 * 1024 };
/** Empty pipes kept for reuse; a direction holds a pipe only while bytes are in it. */
const PIPES_KEPT = 64;
/** Longest sleep: the main thread wakes the loop for anything it needs, this only bounds a missed wake-up. */
const IDLE_WAIT_MS = 1000;

/** Sends a report to the main thread, transferring the listed buffers. */
export type Reporter = (report: RelayReport, transfer: ArrayBuffer[]) => void;

/** Relays connections until a stop command. */
export class RelayLoop {
  private readonly epoll = Epoll.open(256);
  private readonly pool = new PipePool(PIPE_SIZES, PIPES_KEPT);
  private readonly connections: (SplicedConnection | undefined)[] = [];
  private readonly pages: Float64Array[] = [];
  /** Connections with work left after their last turn (a budget ran out, or new edges came in). */
  private readonly busy = new Set<SplicedConnection>();
  private held = 0;
  private running = true;

  constructor(private readonly wake: EventFd, private readonly commands: MessagePort, private readonly report: Reporter) {
    const failed = this.epoll.add(wake.fd, EPOLL.IN, WAKE_TOKEN);
    if (failed !== 0) {
      this.epoll.close();
      throw new SystemCallError('epoll_ctl', -failed);
    }
  }

  /** Run until stopped; every connection still held at the end is handed back as dropped. */
  run(): void {
    try {
      while (this.running) {
        const n = this.epoll.wait(this.busy.size > 0 ? 0 : IDLE_WAIT_MS);
        for (let i = 0; i < n; i++) this.dispatch(this.epoll.token(i), this.epoll.events(i));
        for (const c of this.busy) this.turn(c);
      }
    } finally {
      this.abandon();
    }
  }

  private dispatch(token: number, events: number): void {
    if (token === WAKE_TOKEN) {
      this.wake.drain();
      for (let m = receiveMessageOnPort(this.commands); m !== undefined && this.running; m = receiveMessageOnPort(this.commands)) {
        this.apply(m.message as RelayCommand);
      }
      return;
    }
    const c = this.connections[Math.floor(token / 2)];
    if (c === undefined) return; // handed back earlier in this batch
    c.note(token % 2 === 0 ? c.client : c.upstream, events);
    this.busy.add(c);
  }

  private turn(c: SplicedConnection): void {
    const outcome = c.turn();
    if (outcome === 'idle') this.busy.delete(c);
    else if (outcome !== 'more') this.handBack(c, outcome.reason, outcome.failure);
  }

  private apply(cmd: RelayCommand): void {
    if (cmd.kind === 'page') this.pages[cmd.page] = new Float64Array(cmd.counters);
    else if (cmd.kind === 'adopt') this.adopt(cmd.slot, cmd.client, cmd.upstream);
    else if (cmd.kind === 'stop') this.running = false;
    else {
      const c = this.connections[cmd.slot];
      if (c !== undefined) this.handBack(c, cmd.kind === 'release' ? 'released' : 'dropped', null);
    }
  }

  private adopt(slot: number, client: number, upstream: number): void {
    const page = this.pages[Math.floor(slot / SLOTS_PER_PAGE)]!;
    const c = new SplicedConnection(slot, client, upstream, this.pool, page, (slot % SLOTS_PER_PAGE) * 2);
    this.connections[slot] = c;
    this.held++;
    const failed = this.epoll.add(client, WATCH, slot * 2) || this.epoll.add(upstream, WATCH, slot * 2 + 1);
    if (failed !== 0) this.handBack(c, 'declined', { side: null, errno: -failed, syscall: 'epoll_ctl' });
    else this.busy.add(c); // bytes that came before the registration raise no edge: look now
  }

  private handBack(c: SplicedConnection, reason: HandbackReason, failure: RelayFailure | null): void {
    this.epoll.remove(c.client.fd);
    this.epoll.remove(c.upstream.fd);
    this.connections[c.slot] = undefined;
    this.busy.delete(c);
    const report = c.handback(reason, failure);
    if (--this.held === 0) this.pool.close(); // no connection left: kept pipes would only hold descriptors
    const transfer = [report.toUpstream?.buffer, report.toClient?.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
    this.report(report, transfer);
  }

  private abandon(): void {
    for (const c of this.connections) if (c !== undefined) this.handBack(c, 'dropped', null);
    this.pool.close();
    this.epoll.close();
  }
}
