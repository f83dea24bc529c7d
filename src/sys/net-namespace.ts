// Network namespaces of the calling thread: entering, creating and holding them by fd, and which user namespace owns one.
import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { SystemCallError } from '../errors/system-call-error.js';
import { CLONE_NEWNET, NS_GET_PARENT, NS_GET_USERNS } from './linux-constants.js';
import { lastErrno, libc } from './libc.js';

/** errno of an NS_GET_USERNS or NS_GET_PARENT that would leave the caller's user namespace. */
const EPERM = 1;

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
  // EPERM: the owner lies outside this thread's user namespace (e.g. a user namespace that kept the host's network).
  if (userns < 0 && errno === EPERM) return false;
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
    // These fds come from ioctl, not from Node's fs: close them the way they were made.
    libc().close(userns);
  }
}

/** A network namespace kept alive by an open fd (or by any socket, process or interface still in it). */
export class NetNamespace {
  readonly fd: number;

  private constructor(fd: number) {
    this.fd = fd;
  }

  /** The namespace the calling thread is in now. */
  static current(): NetNamespace {
    return NetNamespace.open('/proc/thread-self/ns/net');
  }

  /** The namespace at `path` (/proc/PID/ns/net, or another NetNamespace's `path`). */
  static open(path: string): NetNamespace {
    return new NetNamespace(openSync(path, 'r'));
  }

  /** A new empty namespace (a loopback that is down, nothing else); the calling thread stays where it was. */
  static create(): NetNamespace {
    const home = NetNamespace.current();
    try {
      if (libc().unshare(CLONE_NEWNET) !== 0) throw new SystemCallError('unshare', lastErrno());
      const created = NetNamespace.current();
      home.enter();
      return created;
    } finally {
      home.close();
    }
  }

  /** A path to this namespace that any thread of this process (and its children, through /proc/PID) can open. */
  get path(): string {
    return `/proc/${process.pid}/fd/${this.fd}`;
  }

  /** Moves the calling thread into this namespace. */
  enter(): void {
    if (libc().setns(this.fd, CLONE_NEWNET) !== 0) throw new SystemCallError('setns', lastErrno());
  }

  /**
   * Runs `work` synchronously with the calling thread in this namespace, then moves it back. Sockets that `work`
   * creates, and processes it spawns, belong to this namespace; anything deferred to later ticks does not.
   */
  run<T>(work: () => T): T {
    const home = NetNamespace.current();
    try {
      this.enter();
      return work();
    } finally {
      home.enter();
      home.close();
    }
  }

  /** Releases the fd; the namespace goes away once nothing else holds it. */
  close(): void {
    closeSync(this.fd);
  }
}
