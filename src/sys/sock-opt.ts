// Raw getsockopt/setsockopt on Node sockets, servers or fds; failures throw SystemCallError.
import { SystemCallError } from '../errors/system-call-error.js';
import { fdOf, type SocketTarget } from './fd-of.js';
import { lastErrno, libc } from './libc.js';

/** Reads option `name` at `level`; returns the bytes the kernel wrote (length trimmed to what it reported). */
export function getSockOpt(target: SocketTarget, level: number, name: number, length = 4): Buffer {
  const fd = fdOf(target);
  const buf = Buffer.alloc(length);
  const len = [length];
  if (libc().getsockopt(fd, level, name, buf, len) !== 0) throw new SystemCallError('getsockopt', lastErrno());
  return buf.subarray(0, Math.min(len[0] ?? length, length));
}

/** Sets option `name` at `level`; a number is passed as a C int. */
export function setSockOpt(target: SocketTarget, level: number, name: number, value: number | Buffer): void {
  const fd = fdOf(target);
  const buf = typeof value === 'number' ? intBuffer(value) : value;
  if (libc().setsockopt(fd, level, name, buf, buf.length) !== 0) throw new SystemCallError('setsockopt', lastErrno());
}

/** Reads an int-valued option. */
export function getIntOpt(target: SocketTarget, level: number, name: number): number {
  return getSockOpt(target, level, name, 4).readInt32LE(0);
}

function intBuffer(value: number): Buffer {
  const buf = Buffer.alloc(4);
  buf.writeInt32LE(value, 0);
  return buf;
}
