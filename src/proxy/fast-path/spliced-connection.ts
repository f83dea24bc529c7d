// One connection inside the relay thread: its two sockets (descriptors Node lent) and a splice direction each way.
import { EPOLL } from '../../sys/linux-constants.js';
import type { PipePool } from './pipe-pool.js';
import type { HandbackReason, RelayFailure, RelayReport } from './relay-protocol.js';
import { SpliceDirection, type RelaySocket, type SpliceFault } from './splice-direction.js';

/** Errnos that mean "splice cannot do this here", not "this socket failed": the JS path can carry on. */
const REFUSALS = new Set([1, 22, 38, 95]); // EPERM, EINVAL, ENOSYS, EOPNOTSUPP

/** What a turn of the connection ended with: keep waiting, run again soon, or hand it back. */
export type TurnOutcome = 'idle' | 'more' | { readonly reason: HandbackReason; readonly failure: RelayFailure | null };

/** A relayed connection; the loop owns its registration in epoll. */
export class SplicedConnection {
  readonly client: RelaySocket;
  readonly upstream: RelaySocket;
  private readonly toUpstream: SpliceDirection;
  private readonly toClient: SpliceDirection;

  constructor(readonly slot: number, clientFd: number, upstreamFd: number, private readonly pool: PipePool, counters: Float64Array, base: number) {
    this.client = { fd: clientFd, side: 'client', readable: true, writable: true };
    this.upstream = { fd: upstreamFd, side: 'upstream', readable: true, writable: true };
    this.toUpstream = new SpliceDirection(this.client, this.upstream, pool, counters, base);
    this.toClient = new SpliceDirection(this.upstream, this.client, pool, counters, base + 1);
  }

  /** Record what epoll said about one of the sockets (errors and hang-ups let the next call report them). */
  note(socket: RelaySocket, events: number): void {
    if ((events & (EPOLL.IN | EPOLL.RDHUP | EPOLL.HUP | EPOLL.ERR)) !== 0) socket.readable = true;
    if ((events & (EPOLL.OUT | EPOLL.HUP | EPOLL.ERR)) !== 0) socket.writable = true;
  }

  /** Move bytes both ways. */
  turn(): TurnOutcome {
    const a = this.toUpstream.pump();
    if (typeof a === 'object') return this.fault(a);
    const b = this.toClient.pump();
    if (typeof b === 'object') return this.fault(b);
    if (this.toUpstream.finished && this.toClient.finished) return { reason: 'finished', failure: null };
    return a === 'more' || b === 'more' ? 'more' : 'idle';
  }

  /**
   * The handback message; the caller has removed the sockets from epoll, and their descriptors go back to Node open.
   * Bytes in flight are written on where the receiver takes them at once, and the rest travel back in the message,
   * in order.
   */
  handback(reason: HandbackReason, failure: RelayFailure | null): RelayReport & { kind: 'handback' } {
    const keep = reason !== 'dropped';
    for (const dir of [this.toUpstream, this.toClient]) {
      if (keep && dir.to.side !== failure?.side) dir.flush();
    }
    const toUpstream = keep ? this.toUpstream.takeInFlight() : null;
    const toClient = keep ? this.toClient.takeInFlight() : null;
    for (const dir of [this.toUpstream, this.toClient]) {
      const pipe = dir.discard();
      if (pipe !== undefined) this.pool.discard(pipe);
    }
    return { kind: 'handback', slot: this.slot, reason, toUpstream, toClient, failure };
  }

  private fault(f: SpliceFault): TurnOutcome {
    if (f.socket === undefined) return { reason: 'declined', failure: { side: null, errno: f.errno, syscall: f.syscall } };
    const failure: RelayFailure = { side: f.socket.side, errno: f.errno, syscall: f.syscall };
    return { reason: REFUSALS.has(f.errno) ? 'unsupported' : 'failed', failure };
  }
}
