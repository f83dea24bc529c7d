// Decodes an ICMP or ICMPv6 message: type, code, its name, and the packet an error message quotes.
import { ICMP_ERROR_TYPES, ICMP_NAMES, ICMPV6_NAMES } from './icmp-names.js';
import { IP_PROTOCOL, protocolName, type IpPacket } from './ip-packet.js';
import { decodeIpv4 } from './ipv4.js';
import { decodeIpv6 } from './ipv6.js';

/** The part of the offending packet an ICMP error carries: its IP header and at least 8 bytes of transport header. */
export interface QuotedHeader {
  readonly source: string;
  readonly destination: string;
  /** tcp, udp, icmp, icmpv6, or ip-proto-N. */
  readonly protocol: string;
  /** Ports of a quoted TCP or UDP header, null otherwise. */
  readonly sourcePort: number | null;
  readonly destinationPort: number | null;
  /** The quoted TCP segment's sequence number as sent, null for other protocols. */
  readonly seq: number | null;
}

/** An ICMP message. */
export interface IcmpMessage {
  readonly type: number;
  readonly code: number;
  /** host-unreachable, port-unreachable, echo-request...; `type-T-code-C` for messages socklab does not name. */
  readonly name: string;
  /** The header an error message quotes; null for other messages or when the quote is unreadable. */
  readonly quoted: QuotedHeader | null;
}

/** The name of ICMP (family 4) or ICMPv6 (family 6) message `type`/`code`. */
export function icmpName(family: 4 | 6, type: number, code: number): string {
  const names = (family === 4 ? ICMP_NAMES : ICMPV6_NAMES)[type];
  const name = typeof names === 'string' ? names : names?.[code];
  return name ?? `type-${type}-code-${code}`;
}

/** The ICMP message carried by `ip`; undefined when too short. */
export function decodeIcmp(ip: IpPacket): IcmpMessage | undefined {
  const bytes = ip.payload;
  if (bytes.length < 8) return undefined;
  const type = bytes[0]!;
  const code = bytes[1]!;
  const quoted = ICMP_ERROR_TYPES[ip.family].has(type) ? decodeQuote(bytes.subarray(8), ip.family) : null;
  return { type, code, name: icmpName(ip.family, type, code), quoted };
}

function decodeQuote(bytes: Buffer, family: 4 | 6): QuotedHeader | null {
  const inner = family === 4 ? decodeIpv4(bytes) : decodeIpv6(bytes);
  if (inner === undefined) return null;
  const transport = inner.payload;
  const ported = (inner.protocol === IP_PROTOCOL.TCP || inner.protocol === IP_PROTOCOL.UDP) && transport.length >= 4;
  return {
    source: inner.source,
    destination: inner.destination,
    protocol: protocolName(inner.protocol),
    sourcePort: ported ? transport.readUInt16BE(0) : null,
    destinationPort: ported ? transport.readUInt16BE(2) : null,
    seq: inner.protocol === IP_PROTOCOL.TCP && transport.length >= 8 ? transport.readUInt32BE(4) : null,
  };
}
