// RLIMIT_NOFILE of this process: how many file descriptors it may hold, the limit EMFILE reports.
import { SystemCallError } from '../errors/system-call-error.js';
import { lastErrno, libc } from './libc.js';
import { RLIMIT_NOFILE } from './linux-constants.js';

// struct rlimit is two rlim_t (unsigned long): 8 bytes each on 64-bit arches, 4 on arm and ia32.
const LONG = process.arch === 'arm' || process.arch === 'ia32' ? 4 : 8;

/** A soft and a hard limit; the soft one applies (a descriptor number at or above it fails with EMFILE). */
export interface FileLimit {
  readonly soft: number;
  readonly hard: number;
}

function read(buf: Buffer, offset: number): number {
  return LONG === 8 ? Number(buf.readBigUInt64LE(offset)) : buf.readUInt32LE(offset);
}

/** getrlimit(RLIMIT_NOFILE); RLIM_INFINITY shows as 2^64 - 1 (2^32 - 1 on 32-bit). */
export function getFileLimit(): FileLimit {
  const buf = Buffer.alloc(2 * LONG);
  if (libc().getrlimit(RLIMIT_NOFILE, buf) !== 0) throw new SystemCallError('getrlimit', lastErrno());
  return { soft: read(buf, 0), hard: read(buf, LONG) };
}

/** setrlimit(RLIMIT_NOFILE): lowering is always allowed, raising the hard limit needs CAP_SYS_RESOURCE. */
export function setFileLimit(limit: FileLimit): void {
  const buf = Buffer.alloc(2 * LONG);
  if (LONG === 8) {
    buf.writeBigUInt64LE(BigInt(limit.soft), 0);
    buf.writeBigUInt64LE(BigInt(limit.hard), 8);
  } else {
    buf.writeUInt32LE(limit.soft, 0);
    buf.writeUInt32LE(limit.hard, 4);
  }
  if (libc().setrlimit(RLIMIT_NOFILE, buf) !== 0) throw new SystemCallError('setrlimit', lastErrno());
}
