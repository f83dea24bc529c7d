// epoll(7): one instance, its interest list, and waits that fill a reused buffer (so a hot loop allocates nothing).
import { arch } from 'node:process';
import { SystemCallError } from '../errors/system-call-error.js';
import { lastErrno, libc } from './libc.js';
import { EPOLL_CTL, O_CLOEXEC } from './linux-constants.js';

/** struct epoll_event: packed on x86-64 and 4-byte aligned on i386 (12 bytes), naturally aligned elsewhere (16). */
const EVENT_SIZE = arch === 'x64' || arch === 'ia32' ? 12 : 16;
const DATA_AT = EVENT_SIZE - 8;
const EINTR = 4;

/** An epoll instance whose registrations carry a 32-bit token (the event's data). */
export class Epoll {
  private readonly one = Buffer.alloc(EVENT_SIZE);
  private readonly ready: Buffer;

  private constructor(readonly fd: number, readonly capacity: number) {
    this.ready = Buffer.alloc(EVENT_SIZE * capacity);
  }

  /** epoll_create1(EPOLL_CLOEXEC); a wait returns at most `capacity` events. */
  static open(capacity = 256): Epoll {
    const fd = libc().epoll_create1(O_CLOEXEC);
    if (fd < 0) throw new SystemCallError('epoll_create1', lastErrno());
    return new Epoll(fd, capacity);
  }

  /** Watches `fd` for `events`, reporting `token`; returns 0 or minus the errno. */
  add(fd: number, events: number, token: number): number {
    return this.ctl(EPOLL_CTL.ADD, fd, events, token);
  }

  /** Changes what `fd` is watched for; returns 0 or minus the errno. */
  modify(fd: number, events: number, token: number): number {
    return this.ctl(EPOLL_CTL.MOD, fd, events, token);
  }

  /** Stops watching `fd`. Do this before closing a descriptor that has a duplicate elsewhere: epoll forgets a
   * registration only when every descriptor of the open file is closed. */
  remove(fd: number): number {
    return this.ctl(EPOLL_CTL.DEL, fd, 0, 0);
  }

  /** Blocks up to `timeoutMs` (-1: no limit); returns how many events are ready (0 on timeout or signal). */
  wait(timeoutMs: number): number {
    const n = libc().epoll_wait(this.fd, this.ready, this.capacity, timeoutMs);
    if (n >= 0) return n;
    const errno = lastErrno();
    if (errno === EINTR) return 0;
    throw new SystemCallError('epoll_wait', errno);
  }

  /** The event bits of ready entry `i` of the last wait. */
  events(i: number): number {
    return this.ready.readUInt32LE(i * EVENT_SIZE);
  }

  /** The token of ready entry `i` of the last wait. */
  token(i: number): number {
    return this.ready.readUInt32LE(i * EVENT_SIZE + DATA_AT);
  }

  /** Closes the instance. */
  close(): void {
    libc().close(this.fd);
  }

  private ctl(op: number, fd: number, events: number, token: number): number {
    this.one.writeUInt32LE(events >>> 0, 0);
    this.one.writeUInt32LE(token >>> 0, DATA_AT);
    this.one.writeUInt32LE(0, DATA_AT + 4);
    return libc().epoll_ctl(this.fd, op, fd, op === EPOLL_CTL.DEL ? null : this.one) === 0 ? 0 : -lastErrno();
  }
}
