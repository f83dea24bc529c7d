// Kernel failures keep the kernel's names: shaped like Node's own system errors (code, errno, syscall, address).
import { constants } from 'node:os';
import { getSystemErrorName } from 'node:util';

/** Where a failing call was aimed, when it names a peer. */
export interface CallTarget {
  readonly address?: string;
  readonly port?: number;
}

const errnoNames: ReadonlyMap<number, string> = new Map(
  Object.entries(constants.errno).map(([name, value]) => [value, name]),
);

/** The largest errno Linux defines (EHWPOISON). */
const LINUX_ERRNO_MAX = 133;

/** The errno name of a Linux errno number as Node names it, e.g. 104 -> ECONNRESET, 11 -> EAGAIN (not EWOULDBLOCK). */
export function errnoName(errno: number): string {
  // libuv also uses negative numbers above Linux's errno range (-4095 is UV_EOF): ask it only about real errnos.
  const name = Number.isInteger(errno) && errno > 0 && errno <= LINUX_ERRNO_MAX ? getSystemErrorName(-errno) : '';
  return name.startsWith('E') ? name : (errnoNames.get(errno) ?? `E${errno}`);
}

/** A failed system call, with Node's message shape: `connect ECONNREFUSED 127.0.0.1:5432`. */
export class SystemCallError extends Error {
  override readonly name = 'SystemCallError' as const;
  readonly code: string;
  readonly errno: number;
  readonly syscall: string;
  readonly address: string | undefined;
  readonly port: number | undefined;

  constructor(syscall: string, errno: number, target: CallTarget = {}) {
    const code = errnoName(errno);
    const where = target.address === undefined ? '' : ` ${target.address}${target.port === undefined ? '' : `:${target.port}`}`;
    super(`${syscall} ${code}${where}`);
    this.code = code;
    this.errno = errno;
    this.syscall = syscall;
    this.address = target.address;
    this.port = target.port;
  }
}
