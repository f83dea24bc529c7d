// Pipes for splice, lent to a direction only while it has bytes in flight: idle connections hold no pipe.
import { libc } from '../../sys/libc.js';
import { openPipe, resizePipe, type PipeFds } from '../../sys/pipe.js';

/** A pipe with its capacity. */
export interface PooledPipe extends PipeFds {
  readonly capacity: number;
}

/** Empty pipes waiting for a direction that needs one; at most `keep` of them stay open. */
export class PipePool {
  private readonly free: PooledPipe[] = [];

  constructor(private readonly size: number, private readonly keep: number) {}

  /** An empty pipe (a new one when none is free); throws SystemCallError when no descriptor is left. */
  take(): PooledPipe {
    const pipe = this.free.pop();
    if (pipe !== undefined) return pipe;
    const fds = openPipe();
    return { ...fds, capacity: resizePipe(fds.writeFd, this.size) };
  }

  /** Return a pipe that is empty; it is kept for the next taker or closed. */
  give(pipe: PooledPipe): void {
    if (this.free.length < this.keep) this.free.push(pipe);
    else closePipe(pipe);
  }

  /** Close every free pipe. */
  close(): void {
    for (const pipe of this.free.splice(0)) closePipe(pipe);
  }
}

/** Close both ends (a pipe that still holds bytes is closed this way, never returned). */
export function closePipe(pipe: PipeFds): void {
  libc().close(pipe.readFd);
  libc().close(pipe.writeFd);
}
