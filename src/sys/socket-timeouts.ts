// SO_RCVTIMEO / SO_SNDTIMEO as struct timeval (two C longs: 8 bytes each on 64-bit arches, 4 on arm and ia32).
import type { SocketTarget } from './fd-of.js';
import { SOL_SOCKET, SO } from './linux-constants.js';
import { getSockOpt, setSockOpt } from './sock-opt.js';

const LONG = process.arch === 'arm' || process.arch === 'ia32' ? 4 : 8;

/** Sets SO_RCVTIMEO (blocking reads fail with EAGAIN after `ms`; 0 = wait forever). */
export function setRecvTimeout(target: SocketTarget, ms: number): void {
  setSockOpt(target, SOL_SOCKET, SO.RCVTIMEO, encodeTimeval(ms));
}

/** Reads SO_RCVTIMEO in milliseconds (the kernel rounds to its tick; 0 = none). */
export function getRecvTimeout(target: SocketTarget): number {
  return decodeTimeval(getSockOpt(target, SOL_SOCKET, SO.RCVTIMEO, 2 * LONG));
}

/** Sets SO_SNDTIMEO (blocking writes give up after `ms`; 0 = wait forever). */
export function setSendTimeout(target: SocketTarget, ms: number): void {
  setSockOpt(target, SOL_SOCKET, SO.SNDTIMEO, encodeTimeval(ms));
}

/** Reads SO_SNDTIMEO in milliseconds. */
export function getSendTimeout(target: SocketTarget): number {
  return decodeTimeval(getSockOpt(target, SOL_SOCKET, SO.SNDTIMEO, 2 * LONG));
}

function encodeTimeval(ms: number): Buffer {
  const buf = Buffer.alloc(2 * LONG);
  const sec = Math.floor(ms / 1000);
  const usec = Math.round((ms - sec * 1000) * 1000);
  if (LONG === 8) {
    buf.writeBigInt64LE(BigInt(sec), 0);
    buf.writeBigInt64LE(BigInt(usec), 8);
  } else {
    buf.writeInt32LE(sec, 0);
    buf.writeInt32LE(usec, 4);
  }
  return buf;
}

function decodeTimeval(buf: Buffer): number {
  const sec = LONG === 8 ? Number(buf.readBigInt64LE(0)) : buf.readInt32LE(0);
  const usec = LONG === 8 ? Number(buf.readBigInt64LE(8)) : buf.readInt32LE(4);
  return sec * 1000 + usec / 1000;
}
