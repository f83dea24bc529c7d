// Lets a descriptor survive exec: Node marks every inherited descriptor close-on-exec at startup.
import { SystemCallError } from '../errors/system-call-error.js';
import { F_SETFD } from './linux-constants.js';
import { lastErrno, libc } from './libc.js';

/** Clears FD_CLOEXEC on `fd`, so processes this one spawns inherit it under the same number. */
export function keepOpenAcrossExec(fd: number): void {
  if (libc().fcntl(fd, F_SETFD, 'int', 0) !== 0) throw new SystemCallError('fcntl', lastErrno());
}
