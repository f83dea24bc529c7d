// Decodes a TCP header (RFC 9293) with the options a handshake negotiates (RFC 7323, RFC 2018).
import type { TcpFlag, TcpOptions } from '../timeline.js';

/** A TCP header as sent, before any per-connection interpretation (relative numbers, window scaling). */
export interface TcpHeader {
  readonly sourcePort: number;
  readonly destinationPort: number;
  readonly seq: number;
  readonly ack: number;
  readonly flags: readonly TcpFlag[];
  /** The window field as sent (unscaled). */
  readonly window: number;
  readonly options: TcpOptions;
  /** Payload bytes after the header (within what the IP packet announces). */
  readonly payload: number;
}

/** Flag bits of byte 13, in label order: tcpdump's S F R P U E W, then ACK last as in "SYN,ACK". */
const FLAG_BITS: readonly (readonly [TcpFlag, number])[] = [
  ['SYN', 0x02], ['FIN', 0x01], ['RST', 0x04], ['PSH', 0x08], ['URG', 0x20], ['ECE', 0x40], ['CWR', 0x80], ['ACK', 0x10],
];

/** The TCP header at the start of `segment`, whose full length (header and payload) is `segmentLength`; undefined when cut short. */
export function decodeTcp(segment: Buffer, segmentLength = segment.length): TcpHeader | undefined {
  if (segment.length < 20) return undefined;
  const headerLength = (segment[12]! >> 4) * 4;
  if (headerLength < 20 || segment.length < headerLength) return undefined;
  const bits = segment[13]!;
  return {
    sourcePort: segment.readUInt16BE(0),
    destinationPort: segment.readUInt16BE(2),
    seq: segment.readUInt32BE(4),
    ack: segment.readUInt32BE(8),
    flags: FLAG_BITS.filter(([, bit]) => (bits & bit) !== 0).map(([flag]) => flag),
    window: segment.readUInt16BE(14),
    options: decodeOptions(segment.subarray(20, headerLength)),
    payload: Math.max(0, segmentLength - headerLength),
  };
}

function decodeOptions(bytes: Buffer): TcpOptions {
  const options = { mss: null as number | null, windowScale: null as number | null, sackPermitted: false, timestamp: null as TcpOptions['timestamp'] };
  for (let at = 0; at < bytes.length;) {
    const kind = bytes[at]!;
    if (kind === 0) break;
    if (kind === 1) {
      at += 1;
      continue;
    }
    const size = bytes[at + 1] ?? 0;
    if (size < 2 || at + size > bytes.length) break;
    if (kind === 2 && size === 4) options.mss = bytes.readUInt16BE(at + 2);
    if (kind === 3 && size === 3) options.windowScale = Math.min(bytes[at + 2]!, 14);
    if (kind === 4) options.sackPermitted = true;
    if (kind === 8 && size === 10) options.timestamp = { value: bytes.readUInt32BE(at + 2), echo: bytes.readUInt32BE(at + 6) };
    at += size;
  }
  return options;
}
