// Pipes for splice, lent to a direction only while it has bytes in flight: idle connections hold no pipe.
import { libc } from '../../sys/libc.js';
import { openPipe, resizePipe, type PipeFds } from '../../sys/pipe.js';

/** A pipe with its capacity. */
export interface PooledPipe extends PipeFds {
  readonly capacity: number;
}

/** How big the pool makes its pipes. */
export interface PipeSizes {
  /** Capacity asked for while fewer than `largeCount` pipes are open (the kernel caps it at fs.pipe-max-size). */
  readonly large: number;
  readonly largeCount: number;
  /** Capacity asked for beyond that, so that many busy connections stay within an unprivileged user's pipe pages. */
  readonly small: number;
}

/** Empty pipes waiting for a direction that needs one; at most `keep` of them stay open. */
export class PipePool {
  private readonly free: PooledPipe[] = [];
  private open = 0;

  constructor(private readonly sizes: PipeSizes, private readonly keep: number) {}

  /** An empty pipe (a new one when none is free); throws SystemCallError when no descriptor is left. */
  take(): PooledPipe {
    const pipe = this.free.pop();
    if (pipe !== undefined) return pipe;
    const fds = openPipe();
    const size = this.open < this.sizes.largeCount ? this.sizes.large : this.sizes.small;
    this.open++;
    return { ...fds, capacity: resizePipe(fds.writeFd, size) };
  }

  /** Return a pipe that is empty; it is kept for the next taker or closed. */
  give(pipe: PooledPipe): void {
    if (this.free.length < this.keep) this.free.push(pipe);
    else this.discard(pipe);
  }

  /** Close a pipe taken from this pool, whatever it holds. */
  discard(pipe: PooledPipe): void {
    this.open--;
    libc().close(pipe.readFd);
    libc().close(pipe.writeFd);
  }

  /** Close every free pipe. */
  close(): void {
    for (const pipe of this.free.splice(0)) this.discard(pipe);
  }
}
