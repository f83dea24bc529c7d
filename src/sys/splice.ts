// splice(2): moves bytes between a socket and a pipe inside the kernel, without copying them through user space.
import { lastErrno, libc } from './libc.js';

/**
 * Moves up to `length` bytes from `from` to `to` (one of them a pipe); returns the bytes moved, 0 at end of stream,
 * or minus the errno (-EAGAIN when it would block), so a relay loop allocates nothing per call.
 */
export function splice(from: number, to: number, length: number, flags: number): number {
  const n = libc().splice(from, null, to, null, length, flags);
  return n < 0 ? -lastErrno() : n;
}
