// One direction of a relayed connection: socket -> pipe -> socket with splice(2), bytes never copied to user space.
import { libc } from '../../sys/libc.js';
import { SHUT, SPLICE_F } from '../../sys/linux-constants.js';
import { splice } from '../../sys/splice.js';
import type { PipePool, PooledPipe } from './pipe-pool.js';

/** A socket as the relay sees it. Edge-triggered epoll reports a change once, so the flags stay set until EAGAIN. */
export interface RelaySocket {
  readonly fd: number;
  readonly side: 'client' | 'upstream';
  readable: boolean;
  writable: boolean;
}

/** A call that failed with something other than EAGAIN. `socket` is undefined when no pipe could be had. */
export interface SpliceFault {
  readonly socket: RelaySocket | undefined;
  readonly errno: number;
  readonly syscall: string;
}

/** What one turn of a direction ended with. */
export type PumpOutcome = 'idle' | 'more' | SpliceFault;

const FLAGS = SPLICE_F.MOVE | SPLICE_F.NONBLOCK;
const EAGAIN = 11;
/** Pipe fills per turn before other connections get theirs (fairness across a busy loop). */
const ROUNDS_PER_TURN = 8;

/** Bytes from `from` to `to`; the FIN is passed on once every byte before it has been. */
export class SpliceDirection {
  private pipe: PooledPipe | undefined;
  private held = 0;
  /** `from` reached end of stream. */
  ended = false;
  /** The FIN was passed on (shutdown of `to`'s write side). */
  finished = false;

  constructor(
    readonly from: RelaySocket,
    readonly to: RelaySocket,
    private readonly pool: PipePool,
    private readonly counters: Float64Array,
    private readonly counter: number,
  ) {}

  /** Bytes read from `from` and not yet written to `to`. */
  get inFlight(): number {
    return this.held;
  }

  /** Move what can move now, for a bounded number of rounds; 'more' means call again before waiting on epoll. */
  pump(): PumpOutcome {
    for (let round = 0; round < ROUNDS_PER_TURN; round++) {
      let moved = false;
      if (!this.ended && this.from.readable) {
        const filled = this.fill();
        if (typeof filled === 'object') return filled;
        moved = filled;
      }
      if (this.held > 0 && this.to.writable) {
        const n = splice(this.pipe!.readFd, this.to.fd, this.held, FLAGS);
        if (n > 0) {
          this.held -= n;
          this.counters[this.counter]! += n;
          moved = true;
        } else if (n === -EAGAIN) this.to.writable = false;
        else return { socket: this.to, errno: -n, syscall: 'write' };
      }
      this.settle();
      if (!moved) return 'idle';
    }
    return 'more';
  }

  /** Best effort before a handback: write what the pipe holds while `to` takes it without waiting. */
  flush(): void {
    while (this.held > 0) {
      const n = splice(this.pipe!.readFd, this.to.fd, this.held, FLAGS);
      if (n <= 0) return;
      this.held -= n;
      this.counters[this.counter]! += n;
    }
    this.settle();
  }

  /** Take the bytes in flight out of the pipe (a copy, in order) and return the pipe; null when there are none. */
  takeInFlight(): Uint8Array | null {
    if (this.held === 0 || this.pipe === undefined) return null;
    const out = Buffer.alloc(this.held);
    let got = 0;
    while (got < out.length) {
      const n = libc().read(this.pipe.readFd, out.subarray(got), out.length - got);
      if (n <= 0) break;
      got += n;
    }
    this.held = 0;
    this.settle();
    return new Uint8Array(out.buffer, out.byteOffset, got);
  }

  /** Give up the pipe whatever it holds (the connection is being dropped). */
  discard(): PooledPipe | undefined {
    const pipe = this.pipe;
    this.pipe = undefined;
    this.held = 0;
    return pipe;
  }

  private fill(): boolean | SpliceFault {
    if (this.pipe === undefined) {
      try {
        this.pipe = this.pool.take();
      } catch (error) {
        return { socket: undefined, errno: (error as { errno?: number }).errno ?? 0, syscall: 'pipe2' };
      }
    }
    if (this.held >= this.pipe.capacity) return false;
    const n = splice(this.from.fd, this.pipe.writeFd, this.pipe.capacity - this.held, FLAGS);
    if (n > 0) {
      this.held += n;
      return true;
    }
    if (n === 0) {
      this.ended = true;
      return true;
    }
    if (n === -EAGAIN) {
      // A pipe counts slots, not bytes: small segments can fill it early, and a full pipe also says EAGAIN. Only an
      // empty pipe makes EAGAIN mean "the socket is drained" (then epoll reports the next data as a new edge).
      if (this.held === 0) this.from.readable = false;
      return false;
    }
    return { socket: this.from, errno: -n, syscall: 'read' };
  }

  /** An empty pipe goes back to the pool; after end of stream and an empty pipe, the FIN goes on. */
  private settle(): void {
    if (this.held > 0) return;
    if (this.pipe !== undefined) {
      this.pool.give(this.pipe);
      this.pipe = undefined;
    }
    if (this.ended && !this.finished) {
      this.finished = true;
      libc().shutdown(this.to.fd, SHUT.write);
    }
  }
}
