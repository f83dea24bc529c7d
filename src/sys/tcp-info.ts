// Decodes struct tcp_info (linux/tcp.h) from getsockopt(TCP_INFO), keeping only fields inside the returned length.
import { SystemCallError } from '../errors/system-call-error.js';
import { fdOf, type SocketTarget } from './fd-of.js';
import { IPPROTO_TCP, TCP } from './linux-constants.js';
import { lastErrno, libc } from './libc.js';

/** TCP states by the kernel's number (include/net/tcp_states.h). */
export const TCP_STATES = [
  'UNKNOWN', 'ESTABLISHED', 'SYN_SENT', 'SYN_RECV', 'FIN_WAIT1', 'FIN_WAIT2', 'TIME_WAIT',
  'CLOSE', 'CLOSE_WAIT', 'LAST_ACK', 'LISTEN', 'CLOSING', 'NEW_SYN_RECV', 'BOUND_INACTIVE',
] as const;

/** A TCP state name. */
export type TcpStateName = (typeof TCP_STATES)[number];

/** Congestion-avoidance states (tcp_ca_state in linux/tcp.h). */
export const TCP_CA_STATES = ['Open', 'Disorder', 'CWR', 'Recovery', 'Loss'] as const;

type Kind = 'u8' | 'lo4' | 'hi4' | 'u32' | 'u64';
// [field, byte offset, kind]; offsets follow linux/tcp.h (identical on every Linux arch: u64s are 8-aligned).
const FIELDS = [
  ['retransmits', 2, 'u8'], ['probes', 3, 'u8'], ['backoff', 4, 'u8'], ['options', 5, 'u8'],
  ['sndWscale', 6, 'lo4'], ['rcvWscale', 6, 'hi4'],
  ['rtoUs', 8, 'u32'], ['atoUs', 12, 'u32'], ['sndMss', 16, 'u32'], ['rcvMss', 20, 'u32'],
  ['unacked', 24, 'u32'], ['sacked', 28, 'u32'], ['lost', 32, 'u32'], ['retrans', 36, 'u32'], ['fackets', 40, 'u32'],
  ['lastDataSentMs', 44, 'u32'], ['lastAckSentMs', 48, 'u32'], ['lastDataRecvMs', 52, 'u32'], ['lastAckRecvMs', 56, 'u32'],
  ['pmtu', 60, 'u32'], ['rcvSsthresh', 64, 'u32'], ['rttUs', 68, 'u32'], ['rttvarUs', 72, 'u32'],
  ['sndSsthresh', 76, 'u32'], ['sndCwnd', 80, 'u32'], ['advmss', 84, 'u32'], ['reordering', 88, 'u32'],
  ['rcvRttUs', 92, 'u32'], ['rcvSpace', 96, 'u32'], ['totalRetrans', 100, 'u32'],
  ['pacingRateBps', 104, 'u64'], ['maxPacingRateBps', 112, 'u64'], ['bytesAcked', 120, 'u64'], ['bytesReceived', 128, 'u64'],
  ['segsOut', 136, 'u32'], ['segsIn', 140, 'u32'], ['notsentBytes', 144, 'u32'], ['minRttUs', 148, 'u32'],
  ['dataSegsIn', 152, 'u32'], ['dataSegsOut', 156, 'u32'], ['deliveryRateBps', 160, 'u64'],
  ['busyTimeUs', 168, 'u64'], ['rwndLimitedUs', 176, 'u64'], ['sndbufLimitedUs', 184, 'u64'],
  ['delivered', 192, 'u32'], ['deliveredCe', 196, 'u32'], ['bytesSent', 200, 'u64'], ['bytesRetrans', 208, 'u64'],
  ['dsackDups', 216, 'u32'], ['reordSeen', 220, 'u32'], ['rcvOoopack', 224, 'u32'], ['sndWnd', 228, 'u32'],
] as const satisfies readonly (readonly [string, number, Kind])[];

type FieldName = (typeof FIELDS)[number][0];

/** struct tcp_info with units in names (Us = microseconds, Ms = milliseconds, Bps = bytes/s); absent when the kernel returned fewer bytes. */
export type TcpInfo = {
  readonly state: TcpStateName;
  readonly stateNumber: number;
  readonly caState: string;
  /** How many bytes of struct tcp_info the kernel filled in. */
  readonly length: number;
} & { readonly [K in FieldName]?: number };

/** Bytes requested from the kernel: more than today's struct, so newer kernels are truncated, not refused. */
export const TCP_INFO_REQUEST_LENGTH = 512;

/** Decodes a tcp_info buffer of any length; fields that do not fit are left out. */
export function decodeTcpInfo(buf: Buffer): TcpInfo {
  const stateNumber = buf.length > 0 ? buf.readUInt8(0) : 0;
  const caNumber = buf.length > 1 ? buf.readUInt8(1) : 0;
  const info: Record<string, unknown> = {
    state: TCP_STATES[stateNumber] ?? 'UNKNOWN',
    stateNumber,
    caState: TCP_CA_STATES[caNumber] ?? `ca#${caNumber}`,
    length: buf.length,
  };
  for (const [name, offset, kind] of FIELDS) {
    const size = kind === 'u64' ? 8 : kind === 'u32' ? 4 : 1;
    if (offset + size > buf.length) continue;
    info[name] = readField(buf, offset, kind);
  }
  return info as TcpInfo;
}

/** getsockopt(TCP_INFO) into `buf`: the length the kernel filled; throws SystemCallError on failure. */
function readTcpInfo(target: SocketTarget, buf: Buffer): number {
  const len = [buf.length];
  if (libc().getsockopt(fdOf(target), IPPROTO_TCP, TCP.INFO, buf, len) !== 0) throw new SystemCallError('getsockopt', lastErrno());
  return len[0] ?? 0;
}

/** getsockopt(TCP_INFO) on a socket, decoded; throws SystemCallError on failure. */
export function tcpInfo(target: SocketTarget): TcpInfo {
  const buf = Buffer.alloc(TCP_INFO_REQUEST_LENGTH);
  return decodeTcpInfo(buf.subarray(0, readTcpInfo(target, buf)));
}

/** struct tcp_info up to and including tcpi_bytes_acked (a u64, Linux 4.1 and later). */
const ACKED_OFFSET = 120; // as in FIELDS
const ackedBuffer = Buffer.alloc(ACKED_OFFSET + 8);

/**
 * The state and tcpi_bytes_acked of a TCP socket from one getsockopt, without decoding the rest: cheap enough to ask
 * for every connection (the proxy's byte counts). undefined when the kernel has no tcpi_bytes_acked (before 4.1).
 */
export function tcpBytesAcked(target: SocketTarget): { readonly state: TcpStateName; readonly bytesAcked: number } | undefined {
  if (readTcpInfo(target, ackedBuffer) < ackedBuffer.length) return undefined;
  return { state: TCP_STATES[ackedBuffer.readUInt8(0)] ?? 'UNKNOWN', bytesAcked: Number(ackedBuffer.readBigUInt64LE(ACKED_OFFSET)) };
}

function readField(buf: Buffer, offset: number, kind: Kind): number {
  switch (kind) {
    case 'u8': return buf.readUInt8(offset);
    case 'lo4': return buf.readUInt8(offset) & 0x0f;
    case 'hi4': return buf.readUInt8(offset) >> 4;
    case 'u32': return buf.readUInt32LE(offset);
    case 'u64': return Number(buf.readBigUInt64LE(offset));
  }
}
