// Process-level knobs for lab child processes: default SIGPIPE disposition and death with the parent.
import { SystemCallError } from '../errors/system-call-error.js';
import { PR_SET_PDEATHSIG, SIGNALS } from './linux-constants.js';
import { koffi, lastErrno, libc } from './libc.js';

/**
 * Resets SIGPIPE to SIG_DFL in this process, undoing Node's SIG_IGN, so a write to a reset peer
 * without MSG_NOSIGNAL kills the process like a C program. Only for child processes of a scenario.
 */
export function restoreDefaultSigpipe(): void {
  // signal() returns SIG_ERR ((void *)-1) on failure; SIG_DFL is the null pointer.
  const previous = libc().signal(SIGNALS.SIGPIPE, null);
  if (previous !== null && koffi().address(previous) === sigErr()) throw new SystemCallError('signal', lastErrno());
}

/** prctl(PR_SET_PDEATHSIG, signal): the kernel sends `signal` (default SIGKILL) to this process when its parent dies. */
export function dieWithParent(signal: number = SIGNALS.SIGKILL): void {
  if (libc().prctl(PR_SET_PDEATHSIG, 'unsigned long', signal) !== 0) throw new SystemCallError('prctl', lastErrno());
}

// SIG_ERR is (void *)-1: all ones at the pointer width.
function sigErr(): bigint {
  return (1n << BigInt(koffi().sizeof('void *') * 8)) - 1n;
}
