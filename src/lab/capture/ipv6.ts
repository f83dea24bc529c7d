// Decodes an IPv6 header (RFC 8200), following extension headers to the transport protocol.
import { ipv6Text, type IpPacket } from './ip-packet.js';

/** Extension headers with the generic (next header, length in 8-octet units) layout: hop-by-hop, routing, destination options. */
const GENERIC_EXTENSIONS: ReadonlySet<number> = new Set([0, 43, 60]);
const FRAGMENT = 44;

/** The IPv6 packet in `bytes`; undefined when it is not IPv6 or too short for its headers. */
export function decodeIpv6(bytes: Buffer): IpPacket | undefined {
  if (bytes.length < 40 || bytes[0]! >> 4 !== 6) return undefined;
  const length = 40 + bytes.readUInt16BE(4);
  let next = bytes[6]!;
  let at = 40;
  let firstFragment = true;
  while (GENERIC_EXTENSIONS.has(next) || next === FRAGMENT) {
    if (bytes.length < at + 8) return undefined;
    if (next === FRAGMENT) firstFragment = (bytes.readUInt16BE(at + 2) & 0xfff8) === 0;
    const size = next === FRAGMENT ? 8 : (bytes[at + 1]! + 1) * 8;
    next = bytes[at]!;
    at += size;
  }
  if (bytes.length < at) return undefined;
  return {
    family: 6,
    source: ipv6Text(bytes.subarray(8, 24)),
    destination: ipv6Text(bytes.subarray(24, 40)),
    protocol: next,
    ttl: bytes[7]!,
    identification: null,
    length,
    payloadLength: Math.max(0, length - at),
    firstFragment,
    payload: bytes.subarray(at, Math.min(length, bytes.length)),
  };
}
