// A second descriptor for an open file or socket, owned by whoever asked for it.
import { SystemCallError } from '../errors/system-call-error.js';
import { lastErrno, libc } from './libc.js';
import { F_DUPFD_CLOEXEC } from './linux-constants.js';

/** fcntl(F_DUPFD_CLOEXEC): a new number for the same open socket; closing either number leaves the other working. */
export function dupFd(fd: number): number {
  const copy = libc().fcntl(fd, F_DUPFD_CLOEXEC, 'int', 0);
  if (copy < 0) throw new SystemCallError('fcntl', lastErrno());
  return copy;
}
