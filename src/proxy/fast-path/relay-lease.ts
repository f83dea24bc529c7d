// One connection lent to the splice relay: its live byte counters, and the calls that end the loan.
import type { SystemCallError } from '../../errors/system-call-error.js';
import type { HandbackReason } from './relay-protocol.js';

/** A connection coming back from the relay. Its sockets are still held: releaseSocket gives them back to Node. */
export interface RelayHandback {
  /** See HandbackReason; 'dropped' without a drop() means the relay thread ended: bytes in flight may be lost. */
  readonly reason: HandbackReason;
  /** Bytes read from the client that never reached the upstream, in order (and the other way). */
  readonly toUpstream: Buffer | null;
  readonly toClient: Buffer | null;
  /** For 'failed': which socket's call failed, and the error Node would have reported on that socket. */
  readonly side: 'client' | 'upstream' | null;
  readonly error: SystemCallError | undefined;
}

/** Bytes the relay wrote each way. */
export interface MovedBytes {
  readonly upstream: number;
  readonly downstream: number;
}

/** A connection the relay holds, until its handback. */
export class RelayLease {
  private final: MovedBytes | undefined;
  private asked = false;

  constructor(
    private readonly counters: Float64Array,
    private readonly base: number,
    private readonly onHandback: (handback: RelayHandback) => void,
    private readonly command: (kind: 'release' | 'drop') => void,
  ) {}

  /** True until the handback. */
  get held(): boolean {
    return this.final === undefined;
  }

  /** Bytes the relay has written to the upstream and to the client so far (live while held). */
  moved(): MovedBytes {
    return this.final ?? { upstream: this.counters[this.base]!, downstream: this.counters[this.base + 1]! };
  }

  /** Ask for the connection back with the bytes in flight; the handback follows. */
  release(): void {
    this.ask('release');
  }

  /** The sockets are to be destroyed: the relay lets go of them, discarding bytes in flight; destroy after the handback. */
  drop(): void {
    this.ask('drop');
  }

  /** Called by the relay with the handback (once). */
  settle(handback: RelayHandback): void {
    if (this.final !== undefined) return;
    this.final = { upstream: this.counters[this.base]!, downstream: this.counters[this.base + 1]! };
    this.onHandback(handback);
  }

  private ask(kind: 'release' | 'drop'): void {
    if (this.asked || this.final !== undefined) return;
    this.asked = true;
    this.command(kind);
  }
}
