// The network-layer view shared by IPv4 and IPv6: addresses, transport protocol, TTL, length and payload.
import { SocketAddress } from 'node:net';

/** IP protocol numbers socklab names (IANA). */
export const IP_PROTOCOL = { ICMP: 1, TCP: 6, UDP: 17, ICMPV6: 58 } as const;

/** An IPv4 or IPv6 packet, as far as the transport layer needs it. */
export interface IpPacket {
  readonly family: 4 | 6;
  readonly source: string;
  readonly destination: string;
  /** The transport protocol number (after any IPv6 extension headers). */
  readonly protocol: number;
  /** TTL (IPv4) or hop limit (IPv6). */
  readonly ttl: number;
  /** The IPv4 identification field; null for IPv6. */
  readonly identification: number | null;
  /** The packet's length by its header: IP header plus payload. */
  readonly length: number;
  /** Transport bytes the header announces (the payload may be shorter when the capture was cut). */
  readonly payloadLength: number;
  /** False for a non-first fragment, whose payload does not start with a transport header. */
  readonly firstFragment: boolean;
  /** The transport bytes present (fewer than announced when the packet was cut, as in an ICMP quote). */
  readonly payload: Buffer;
}

/** A protocol number's name: tcp, udp, icmp, icmpv6, or `ip-proto-N`. */
export function protocolName(protocol: number): string {
  switch (protocol) {
    case IP_PROTOCOL.TCP: return 'tcp';
    case IP_PROTOCOL.UDP: return 'udp';
    case IP_PROTOCOL.ICMP: return 'icmp';
    case IP_PROTOCOL.ICMPV6: return 'icmpv6';
    default: return `ip-proto-${protocol}`;
  }
}

/** An IPv6 address in its canonical text form (RFC 5952, as inet_ntop writes it). */
export function ipv6Text(bytes: Buffer): string {
  const groups = Array.from({ length: 8 }, (_, i) => bytes.readUInt16BE(i * 2).toString(16));
  return new SocketAddress({ address: groups.join(':'), family: 'ipv6' }).address;
}
