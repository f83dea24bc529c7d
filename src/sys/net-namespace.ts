// The calling thread's network namespace: entering another one, and which user namespace owns the one it is in.
import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { SystemCallError } from '../errors/system-call-error.js';
import { CLONE_NEWNET, NS_GET_PARENT, NS_GET_USERNS } from './linux-constants.js';
import { lastErrno, libc } from './libc.js';

/** Moves the calling thread (only it: use a worker thread) into the network namespace at `path`, e.g. /proc/PID/ns/net. */
export function enterNetns(path: string): void {
  const fd = openSync(path, 'r');
  try {
    if (libc().setns(fd, CLONE_NEWNET) !== 0) throw new SystemCallError('setns', lastErrno(), { address: path });
  } finally {
    closeSync(fd);
  }
}

/** True in the initial user namespace (the host's), whose uid_map is the identity map of all 2^32 ids. */
export function inInitialUserns(): boolean {
  return readFileSync('/proc/thread-self/uid_map', 'utf8').trim().split(/\s+/).join(' ') === '0 0 4294967295';
}

/**
 * True when the calling thread's network namespace is owned by the thread's own user namespace or one nested in it,
 * i.e. it was created inside that user namespace (NS_GET_USERNS, then NS_GET_PARENT up to the thread's own).
 */
export function netnsCreatedInOwnUserns(): boolean {
  const own = statSync('/proc/thread-self/ns/user');
  const netns = openSync('/proc/thread-self/ns/net', 'r');
  let userns = libc().ioctl(netns, NS_GET_USERNS);
  const errno = lastErrno();
  closeSync(netns);
  if (userns < 0) throw new SystemCallError('ioctl NS_GET_USERNS', errno);
  try {
    for (;;) {
      const stat = fstatSync(userns);
      if (stat.ino === own.ino && stat.dev === own.dev) return true;
      // EPERM: the parent lies outside this thread's user namespace, so the owner was not created inside it.
      const parent = libc().ioctl(userns, NS_GET_PARENT);
      if (parent < 0) return false;
      libc().close(userns);
      userns = parent;
    }
  } finally {
    // Not closeSync: a worker thread warns about closing fds that Node did not open.
    libc().close(userns);
  }
}
