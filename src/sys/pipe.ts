// Kernel pipes for splice(2): opened non-blocking and close-on-exec, with a capacity that can be raised.
import { SystemCallError } from '../errors/system-call-error.js';
import { lastErrno, libc } from './libc.js';
import { F_GETPIPE_SZ, F_SETPIPE_SZ, O_CLOEXEC, O_NONBLOCK } from './linux-constants.js';

/** Both ends of a pipe. */
export interface PipeFds {
  readonly readFd: number;
  readonly writeFd: number;
}

/** pipe2(O_NONBLOCK | O_CLOEXEC); throws SystemCallError (EMFILE, ENFILE) when no descriptor is left. */
export function openPipe(): PipeFds {
  const fds = new Int32Array(2);
  if (libc().pipe2(fds, O_NONBLOCK | O_CLOEXEC) !== 0) throw new SystemCallError('pipe2', lastErrno());
  return { readFd: fds[0]!, writeFd: fds[1]! };
}

/** Asks for `bytes` of capacity (F_SETPIPE_SZ) and returns what the pipe has afterwards; an unprivileged user past
 * fs.pipe-user-pages-soft or fs.pipe-max-size keeps the capacity it had. */
export function resizePipe(fd: number, bytes: number): number {
  libc().fcntl(fd, F_SETPIPE_SZ, 'int', bytes);
  return pipeCapacity(fd);
}

/** The pipe's capacity in bytes (F_GETPIPE_SZ). */
export function pipeCapacity(fd: number): number {
  const n = libc().fcntl(fd, F_GETPIPE_SZ);
  if (n < 0) throw new SystemCallError('fcntl', lastErrno());
  return n;
}
