// Finds the kernel file descriptor behind a Node TCP socket or server.
import type { Server, Socket } from 'node:net';
import { SocklabError } from '../errors/socklab-error.js';

/** Anything socklab can run a socket call on: a Node TCP socket, a Node TCP server, or a raw fd. */
export type SocketTarget = Socket | Server | number;

interface NodeHandle {
  fd?: number;
  constructor?: { name?: string };
  /** A TLS socket's TLSWrap keeps the TCP handle it encrypts here. */
  _parent?: NodeHandle | null;
}

/** The fd of `target` (a TLS socket's TCP fd); throws SOCKLAB_SYS_NO_SOCKET_FD when the handle is gone or is not TCP. */
export function fdOf(target: SocketTarget): number {
  if (typeof target === 'number') {
    if (!Number.isInteger(target) || target < 0) {
      throw new SocklabError('SOCKLAB_SYS_NO_SOCKET_FD', { target: `fd ${target}`, reason: 'not a non-negative integer' });
    }
    return target;
  }
  const kind = target.constructor?.name ?? 'object';
  // Node keeps the libuv handle at `_handle`; it is null before connect/listen and after close.
  const own = (target as unknown as { _handle?: NodeHandle | null })._handle;
  // A tls.TLSSocket's handle is a TLSWrap over the TCP handle that owns the fd.
  const handle = own?.constructor?.name === 'TLSWrap' ? own._parent : own;
  if (handle === undefined || handle === null) {
    throw new SocklabError('SOCKLAB_SYS_NO_SOCKET_FD', { target: kind, reason: 'its handle is gone (not connected or listening yet, or already closed)' });
  }
  const handleKind = handle.constructor?.name ?? 'unknown';
  if (handleKind !== 'TCP') {
    throw new SocklabError('SOCKLAB_SYS_NO_SOCKET_FD', { target: kind, reason: `its handle is a ${handleKind}, not a TCP handle` });
  }
  if (typeof handle.fd !== 'number' || handle.fd < 0) {
    throw new SocklabError('SOCKLAB_SYS_NO_SOCKET_FD', { target: kind, reason: 'the TCP handle has no fd' });
  }
  return handle.fd;
}
