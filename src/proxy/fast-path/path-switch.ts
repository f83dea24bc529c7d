// Moves one link between the JS path (pumps and toxic chains) and the splice relay: onto the relay while no toxic
// acts, back (bytes in flight first, in order) as soon as one does, without losing or reordering a byte.
import type { Socket } from 'node:net';
import type { Pump } from '../pump.js';
import type { Stream } from '../toxic.js';
import type { RelayHandback, RelayLease } from './relay-lease.js';
import { holdSocket, releaseSocket } from './socket-handover.js';
import type { SpliceRelay } from './splice-relay.js';

/** What the switch needs from its link. */
export interface PathSwitchHost {
  /** True while no toxic acts on the link and it is not closing: the relay may carry it. */
  plain(): boolean;
  /** Bytes the relay moved, folded into the link's counters. */
  count(direction: Stream, n: number): void;
  /** The relay thread ended while it held the link: bytes may be lost, so the link must close. */
  lost(reason: string): void;
}

const NOW: Promise<void> = Promise.resolve();
/** How long Node's side may take to write out what it holds before a link moves to the relay. */
const ENTER_WAIT_MS = 50;
/** Pause before trying again when Node's side did not drain in time (a receiver that is not reading). */
const RETRY_MS = 250;
/**
 * How long a plain link waits, after the last change to its proxy's toxics, before it moves back to the relay: while
 * toxics keep changing (a test suite adding and removing them), links stay with Node instead of moving to and fro,
 * and a toxic change never waits for the relay to hand links back (a thread round trip, slow on a loaded machine).
 */
const QUIET_MS = 1000;

/** The path of one link. */
export class PathSwitch {
  private state: 'js' | 'entering' | 'relay' = 'js';
  private lease: RelayLease | undefined;
  private counted = { upstream: 0, downstream: 0 };
  private handedBack: (() => void) | undefined;
  private leaving: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Socket closes waiting for the handback (the relay splices on Node's own descriptor numbers until then). */
  private readonly closing: (() => void)[] = [];

  constructor(
    private readonly relay: SpliceRelay,
    private readonly client: Socket,
    private readonly upstream: Socket,
    private readonly up: Pump,
    private readonly down: Pump,
    private readonly host: PathSwitchHost,
    /** Told why the fast path is off (once per process). */
    private readonly notice: (text: string) => void,
  ) {}

  /** True while the relay holds the link. */
  get onRelay(): boolean {
    return this.state === 'relay';
  }

  /** At connect, before Node has read a byte of either socket: true if the relay took the link. */
  begin(): boolean {
    if (!this.host.plain()) return false;
    this.hold(true); // bytes Node read before the hold are written now; they must leave Node before the relay takes over
    const idle = this.up.idle && this.down.idle;
    if (idle && this.take()) return true;
    this.hold(false);
    if (!idle) this.enterIn(RETRY_MS);
    return false;
  }

  /** Bring the path in line with the toxics; resolves once no byte can move past them (the relay gave the link back). */
  follow(): Promise<void> {
    if (this.closed) return NOW;
    if (this.host.plain()) {
      if (this.state === 'js') {
        clearTimeout(this.timer); // every change restarts the quiet time
        this.enterIn(QUIET_MS);
      }
      return this.leaving ?? NOW;
    }
    if (this.state === 'entering') this.backToJs();
    clearTimeout(this.timer); // an entry planned
    this.timer = undefined;
    if (this.state !== 'relay') return NOW;
    this.lease!.release();
    return (this.leaving ??= new Promise((resolve) => (this.handedBack = resolve)));
  }

  /** Fold what the relay has moved so far into the link's counters. */
  sync(): void {
    if (this.lease === undefined) return;
    const moved = this.lease.moved();
    for (const direction of ['upstream', 'downstream'] as const) {
      const n = moved[direction] - this.counted[direction];
      if (n > 0) this.host.count(direction, n);
    }
    this.counted = { ...moved };
  }

  /**
   * The link is closing: nothing moves onto the relay again, and `destroy` (which closes the sockets) runs once the
   * relay has let go of their descriptors: at once unless it holds them, else at the handback.
   */
  close(destroy: () => void): void {
    this.closed = true;
    clearTimeout(this.timer);
    if (this.state !== 'relay') {
      destroy();
      return;
    }
    this.closing.push(destroy);
    this.lease!.drop();
  }

  private enter(): void {
    if (this.relay.unavailable !== undefined) this.sayWhyOff();
    if (this.relay.unavailable !== undefined || !this.open()) return;
    this.state = 'entering';
    this.hold(true);
    const deadline = performance.now() + ENTER_WAIT_MS;
    const check = (): void => {
      this.timer = undefined;
      if (this.state !== 'entering') return;
      if (!this.host.plain() || !this.open()) this.backToJs();
      else if (this.up.idle && this.down.idle) {
        if (!this.take()) this.backToJs();
      } else if (performance.now() < deadline) this.timer = setTimeout(check, 1);
      else {
        this.backToJs();
        this.enterIn(RETRY_MS);
      }
    };
    check();
  }

  /** Move to the relay after `ms`, if the link is still plain then. */
  private enterIn(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.closed && this.host.plain()) this.enter();
    }, ms).unref();
  }

  /** Lease both sockets (Node holds none of their bytes now); false when the relay is off. */
  private take(): boolean {
    const lease = this.relay.lease(this.client, this.upstream, (h) => this.handback(h));
    if (lease === undefined) {
      if (this.relay.unavailable === undefined) this.relay.whenReady(() => void this.follow()); // thread starting
      else this.sayWhyOff();
      return false;
    }
    this.lease = lease;
    this.counted = { upstream: 0, downstream: 0 };
    this.state = 'relay';
    return true;
  }

  private handback(h: RelayHandback): void {
    this.sync();
    this.lease = undefined;
    this.state = 'js';
    if (h.reason === 'dropped') {
      if (!this.closed) this.host.lost('the splice relay thread ended');
    } else if (h.reason === 'failed') {
      // The error Node would have seen on that socket: the link's own handlers pass it on (a RST becomes a RST).
      (h.side === 'upstream' ? this.upstream : this.client).destroy(h.error);
    } else {
      if (h.reason === 'unsupported') this.sayWhyOff();
      if (h.toUpstream !== null) this.up.inject(h.toUpstream);
      if (h.toClient !== null) this.down.inject(h.toClient);
      this.backToJs();
    }
    const resolve = this.handedBack;
    this.handedBack = undefined;
    this.leaving = undefined;
    resolve?.();
    for (const destroy of this.closing.splice(0)) destroy();
    if (h.reason === 'released') void this.follow(); // the last toxic may have gone while the relay was handing back
  }

  private backToJs(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.state = 'js';
    this.hold(false);
  }

  /** Pumps first when holding (holdSocket hands them Node's buffered bytes, and they must not resume the sockets). */
  private hold(on: boolean): void {
    this.up.hold(on);
    this.down.hold(on);
    for (const s of [this.client, this.upstream]) {
      if (on) holdSocket(s);
      else releaseSocket(s);
    }
  }

  /** Both sockets open both ways in Node's view (a half-closed link stays on the JS path). */
  private open(): boolean {
    return [this.client, this.upstream].every((s) => !s.destroyed && s.readable && s.writable);
  }

  private sayWhyOff(): void {
    const text = this.relay.takeNotice();
    if (text !== undefined) this.notice(`splice fast path off (${text}): connections are relayed by Node`);
  }
}
