// A non-blocking TCP socket driven by exact syscalls; every call returns a SysResult so scenarios can record it.
import { constants } from 'node:os';
import { SystemCallError, errnoName } from '../errors/system-call-error.js';
import {
  AF_INET, AF_INET6, F_GETFL, F_SETFL, IPPROTO_TCP, MSG_DONTWAIT, MSG_NOSIGNAL, O_NONBLOCK, POLL, SHUT,
  SOCK_CLOEXEC, SOCK_NONBLOCK, SOCK_STREAM, SOL_SOCKET, SO, TCP,
} from './linux-constants.js';
import { lastErrno, libc } from './libc.js';
import { pollWait } from './poll-wait.js';
import type { PendingError } from './socket-error.js';
import { SOCKADDR_MAX, decodeSockaddr, encodeSockaddr, type SocketAddress } from './sockaddr.js';
import { sysFail, sysFailLast, sysOk, type SysResult } from './sys-result.js';
import { TCP_INFO_REQUEST_LENGTH, decodeTcpInfo, type TcpInfo } from './tcp-info.js';

/** Returned by the waiting calls when their timeout passed first (errno 0: no kernel error). */
export interface WaitTimeout {
  readonly ok: false;
  readonly errno: 0;
  readonly code: 'TIMEOUT';
  readonly timedOut: true;
}

const TIMEOUT: WaitTimeout = { ok: false, errno: 0, code: 'TIMEOUT', timedOut: true };
const { EAGAIN, EBADF, EINVAL } = constants.errno;

// Safety net: an fd whose RawSocket was garbage-collected unclosed gets closed; close() unregisters first.
const leaked = new FinalizationRegistry<number>((fd) => { libc().close(fd); });

/** A raw, non-blocking TCP socket fd with Stevens-style calls. Close it when done. */
export class RawSocket {
  #fd: number;
  readonly family: 4 | 6;

  private constructor(fd: number, family: 4 | 6) {
    this.#fd = fd;
    this.family = family;
    leaked.register(this, fd, this);
  }

  /** socket(AF_INET or AF_INET6, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC); throws SystemCallError on failure. */
  static tcp(family: 4 | 6 = 4): RawSocket {
    const fd = libc().socket(family === 6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) throw new SystemCallError('socket', lastErrno());
    return new RawSocket(fd, family);
  }

  /** Adopts an existing socket fd (sets O_NONBLOCK); the RawSocket now owns and will close it. */
  static fromFd(fd: number): RawSocket {
    const flags = libc().fcntl(fd, F_GETFL);
    if (flags < 0 || libc().fcntl(fd, F_SETFL, 'int', flags | O_NONBLOCK) < 0) throw new SystemCallError('fcntl', lastErrno());
    const name = Buffer.alloc(SOCKADDR_MAX);
    const len = [name.length];
    const family = libc().getsockname(fd, name, len) === 0 && name.readUInt16LE(0) === AF_INET6 ? 6 : 4;
    return new RawSocket(fd, family);
  }

  /** The file descriptor, or -1 after close. */
  get fd(): number {
    return this.#fd;
  }

  /** bind(2) to `address`:`port` (port 0 = ephemeral). */
  bind(address: string, port: number): SysResult<void> {
    const addr = encodeSockaddr(this.family, address, port);
    if (addr === undefined) return sysFail(EINVAL);
    return this.#status(libc().bind(this.#fd, addr, addr.length));
  }

  /** listen(2). */
  listen(backlog = 128): SysResult<void> {
    return this.#status(libc().listen(this.#fd, backlog));
  }

  /** accept4(2) of one queued connection, non-blocking; EAGAIN when none is waiting. */
  accept(): SysResult<RawSocket> {
    const addr = Buffer.alloc(SOCKADDR_MAX);
    const fd = libc().accept4(this.#fd, addr, [addr.length], SOCK_NONBLOCK | SOCK_CLOEXEC);
    return fd < 0 ? sysFailLast() : sysOk(new RawSocket(fd, this.family));
  }

  /** connect(2); a non-blocking connect normally answers EINPROGRESS (then await connected()). */
  connect(address: string, port: number): SysResult<void> {
    const addr = encodeSockaddr(this.family, address, port);
    if (addr === undefined) return sysFail(EINVAL);
    return this.#status(libc().connect(this.#fd, addr, addr.length));
  }

  /** Waits for a pending connect: poll for writability, then SO_ERROR decides (e.g. ECONNREFUSED). */
  async connected(timeoutMs: number): Promise<SysResult<void> | WaitTimeout> {
    const polled = await pollWait(this.#fd, POLL.OUT, timeoutMs);
    if (polled.timedOut) return TIMEOUT;
    const pending = this.error();
    if (!pending.ok) return pending;
    return pending.value.errno === 0 ? sysOk(undefined) : sysFail(pending.value.errno);
  }

  /** read(2) up to `max` bytes; an empty buffer means EOF, EAGAIN means nothing to read yet. */
  read(max = 65536): SysResult<Buffer> {
    const buf = Buffer.alloc(max);
    const n = libc().read(this.#fd, buf, max);
    return n < 0 ? sysFailLast() : sysOk(buf.subarray(0, n));
  }

  /** Waits until readable (or error/hangup), then reads; TIMEOUT when nothing arrived in time. */
  async readWait(timeoutMs: number, max = 65536): Promise<SysResult<Buffer> | WaitTimeout> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const polled = await pollWait(this.#fd, POLL.IN, deadline - Date.now());
      if (polled.timedOut) return TIMEOUT;
      const result = this.read(max);
      if (result.ok || result.errno !== EAGAIN) return result;
    }
  }

  /** Writes with send(2) and MSG_DONTWAIT; noSignal (default) adds MSG_NOSIGNAL so a dead peer gives EPIPE, not SIGPIPE. */
  write(data: Buffer | string, options: { noSignal?: boolean } = {}): SysResult<number> {
    const buf = typeof data === 'string' ? Buffer.from(data) : data;
    const flags = MSG_DONTWAIT | (options.noSignal === false ? 0 : MSG_NOSIGNAL);
    const n = libc().send(this.#fd, buf, buf.length, flags);
    return n < 0 ? sysFailLast() : sysOk(n);
  }

  /** shutdown(2): 'write' sends FIN, 'read' discards further input, 'both' does both. */
  shutdown(how: keyof typeof SHUT): SysResult<void> {
    return this.#status(libc().shutdown(this.#fd, SHUT[how]));
  }

  /** close(2); a second close answers EBADF without touching whatever now owns that fd number. */
  close(): SysResult<void> {
    if (this.#fd < 0) return sysFail(EBADF);
    const fd = this.#fd;
    this.#fd = -1;
    leaked.unregister(this);
    return this.#status(libc().close(fd));
  }

  /** Gives up ownership without closing: returns the fd (then -1 here) for fromFd, a child process or Node. */
  release(): number {
    const fd = this.#fd;
    this.#fd = -1;
    leaked.unregister(this);
    return fd;
  }

  /** SO_LINGER {on, 0 s} then close: the kernel sends RST instead of FIN and drops unsent data. */
  closeWithReset(): SysResult<void> {
    const linger = Buffer.alloc(8);
    linger.writeInt32LE(1, 0);
    const set = this.setOpt(SOL_SOCKET, SO.LINGER, linger);
    return set.ok ? this.close() : set;
  }

  /** getsockname(2). */
  localAddress(): SysResult<SocketAddress> {
    return this.#address(libc().getsockname);
  }

  /** getpeername(2); ENOTCONN when not connected. */
  peerAddress(): SysResult<SocketAddress> {
    return this.#address(libc().getpeername);
  }

  /** setsockopt(2); a number is passed as a C int. */
  setOpt(level: number, name: number, value: number | Buffer): SysResult<void> {
    const buf = typeof value === 'number' ? Buffer.alloc(4) : value;
    if (typeof value === 'number') buf.writeInt32LE(value, 0);
    return this.#status(libc().setsockopt(this.#fd, level, name, buf, buf.length));
  }

  /** getsockopt(2) of up to `length` bytes, trimmed to what the kernel wrote. */
  getOpt(level: number, name: number, length = 4): SysResult<Buffer> {
    const buf = Buffer.alloc(length);
    const len = [length];
    if (libc().getsockopt(this.#fd, level, name, buf, len) !== 0) return sysFailLast();
    return sysOk(buf.subarray(0, Math.min(len[0] ?? length, length)));
  }

  /** getsockopt(TCP_INFO), decoded. */
  tcpInfo(): SysResult<TcpInfo> {
    const raw = this.getOpt(IPPROTO_TCP, TCP.INFO, TCP_INFO_REQUEST_LENGTH);
    return raw.ok ? sysOk(decodeTcpInfo(raw.value)) : raw;
  }

  /** SO_ERROR: reads and clears the pending error. */
  error(): SysResult<PendingError> {
    const raw = this.getOpt(SOL_SOCKET, SO.ERROR);
    if (!raw.ok) return raw;
    const errno = raw.value.readInt32LE(0);
    return sysOk({ errno, code: errno === 0 ? null : errnoName(errno) });
  }

  /** Resolves true once readable (data, EOF, error or hangup), false on timeout; never blocks the event loop. */
  async readable(timeoutMs: number): Promise<boolean> {
    return !(await pollWait(this.#fd, POLL.IN, timeoutMs)).timedOut;
  }

  /** Resolves true once writable (or error/hangup), false on timeout. */
  async writable(timeoutMs: number): Promise<boolean> {
    return !(await pollWait(this.#fd, POLL.OUT, timeoutMs)).timedOut;
  }

  #status(rc: number): SysResult<void> {
    return rc < 0 ? sysFailLast() : sysOk(undefined);
  }

  #address(call: (fd: number, addr: Buffer, len: number[]) => number): SysResult<SocketAddress> {
    const buf = Buffer.alloc(SOCKADDR_MAX);
    const len = [buf.length];
    if (call(this.#fd, buf, len) !== 0) return sysFailLast();
    const decoded = decodeSockaddr(buf.subarray(0, len[0] ?? 0));
    return decoded === undefined ? sysFail(EINVAL) : sysOk(decoded);
  }
}
