// The result shape of RawSocket calls: a value or the kernel's errno, never a throw, so scenarios can record it.
import { getSystemErrorName } from 'node:util';
import { errnoName } from '../errors/system-call-error.js';
import { lastErrno } from './libc.js';

/** A syscall outcome: the value, or the errno number and its name. */
export type SysResult<T> = { ok: true; value: T } | { ok: false; errno: number; code: string };

/** The largest errno Linux defines (EHWPOISON). */
const LINUX_ERRNO_MAX = 133;

/** The errno's name as Node reports it (EAGAIN, not the EWOULDBLOCK alias); E<n> for numbers Node does not know. */
export function sysErrnoName(errno: number): string {
  // libuv also uses negative numbers above Linux's errno range (-4095 is UV_EOF), so ask it only about real errnos.
  if (!Number.isInteger(errno) || errno <= 0 || errno > LINUX_ERRNO_MAX) return errnoName(errno);
  const name = getSystemErrorName(-errno);
  return name.startsWith('Unknown') ? errnoName(errno) : name;
}

/** A successful SysResult. */
export function sysOk<T>(value: T): SysResult<T> {
  return { ok: true, value };
}

/** A failed SysResult for an errno number. */
export function sysFail<T>(errno: number): SysResult<T> {
  return { ok: false, errno, code: sysErrnoName(errno) };
}

/** A failed SysResult from the errno the last libc call left behind. */
export function sysFailLast<T>(): SysResult<T> {
  return sysFail(lastErrno());
}
