// Kernel failures keep the kernel's names: shaped like Node's own system errors (code, errno, syscall, address).
import { constants } from 'node:os';

/** Where a failing call was aimed, when it names a peer. */
export interface CallTarget {
  readonly address?: string;
  readonly port?: number;
}

const errnoNames: ReadonlyMap<number, string> = new Map(
  Object.entries(constants.errno).map(([name, value]) => [value, name]),
);

/** The errno name of a Linux errno number as this Node build knows it, e.g. 104 -> ECONNRESET. */
export function errnoName(errno: number): string {
  return errnoNames.get(errno) ?? `E${errno}`;
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
