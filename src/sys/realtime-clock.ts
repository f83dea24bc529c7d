// Reads CLOCK_REALTIME with nanosecond resolution: the clock the kernel stamps received packets with.
import { SystemCallError } from '../errors/system-call-error.js';
import { CLOCK_REALTIME } from './linux-constants.js';
import { koffi, lastErrno, libc } from './libc.js';

/** Milliseconds since the epoch from clock_gettime(CLOCK_REALTIME), with sub-microsecond precision. */
export function realtimeMs(): number {
  const timespec = Buffer.alloc(16);
  if (libc().clock_gettime(CLOCK_REALTIME, timespec) !== 0) throw new SystemCallError('clock_gettime', lastErrno());
  return timespecMs(timespec, koffi().sizeof('long'));
}

/** Decodes a struct timespec whose two fields are `fieldBytes` wide (the arch's long: 8, or 4 on 32-bit arches). */
export function timespecMs(timespec: Buffer, fieldBytes: number): number {
  const [sec, nsec] = fieldBytes === 8
    ? [Number(timespec.readBigInt64LE(0)), Number(timespec.readBigInt64LE(8))]
    : [timespec.readInt32LE(0), timespec.readInt32LE(4)];
  return sec * 1000 + nsec / 1e6;
}
