// The result shape of RawSocket calls: a value or the kernel's errno, never a throw, so scenarios can record it.
import { errnoName } from '../errors/system-call-error.js';
import { lastErrno } from './libc.js';

/** A syscall outcome: the value, or the errno number and its name. */
export type SysResult<T> = { ok: true; value: T } | { ok: false; errno: number; code: string };

/** A successful SysResult. */
export function sysOk<T>(value: T): SysResult<T> {
  return { ok: true, value };
}

/** A failed SysResult for an errno number. */
export function sysFail<T>(errno: number): SysResult<T> {
  return { ok: false, errno, code: errnoName(errno) };
}

/** A failed SysResult from the errno the last libc call left behind. */
export function sysFailLast<T>(): SysResult<T> {
  return sysFail(lastErrno());
}
