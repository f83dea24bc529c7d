// eventfd(2): a counter another thread can bump to wake an epoll loop.
import { SystemCallError } from '../errors/system-call-error.js';
import { lastErrno, libc } from './libc.js';
import { O_CLOEXEC, O_NONBLOCK } from './linux-constants.js';

const ONE = Buffer.from([1, 0, 0, 0, 0, 0, 0, 0]);

/** A non-blocking eventfd; any thread of the process may signal it by number. */
export class EventFd {
  private readonly scratch = Buffer.alloc(8);

  private constructor(readonly fd: number) {}

  /** eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC). */
  static open(): EventFd {
    const fd = libc().eventfd(0, O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) throw new SystemCallError('eventfd', lastErrno());
    return new EventFd(fd);
  }

  /** Wraps an eventfd opened elsewhere (by another thread). */
  static of(fd: number): EventFd {
    return new EventFd(fd);
  }

  /** Adds 1 to the counter: a waiter sees the fd readable. */
  signal(): void {
    libc().write(this.fd, ONE, 8);
  }

  /** Reads the counter back to 0 (nothing happens if it already was). */
  drain(): void {
    libc().read(this.fd, this.scratch, 8);
  }

  /** Closes the descriptor. */
  close(): void {
    libc().close(this.fd);
  }
}
