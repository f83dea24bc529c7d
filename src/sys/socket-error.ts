// SO_ERROR: reads and clears a socket's pending error, e.g. the outcome of a non-blocking connect.
import type { SocketTarget } from './fd-of.js';
import { SOL_SOCKET, SO } from './linux-constants.js';
import { getIntOpt } from './sock-opt.js';
import { errnoName } from '../errors/system-call-error.js';

/** A pending socket error: errno 0 and code null when there is none. */
export interface PendingError {
  readonly errno: number;
  readonly code: string | null;
}

/** getsockopt(SO_ERROR): the pending errno and its name, cleared by reading; throws SystemCallError on failure. */
export function socketError(target: SocketTarget): PendingError {
  const errno = getIntOpt(target, SOL_SOCKET, SO.ERROR);
  return { errno, code: errno === 0 ? null : errnoName(errno) };
}
