// Decodes an IPv4 header (RFC 791).
import type { IpPacket } from './ip-packet.js';

/** The IPv4 packet in `bytes`; undefined when it is not IPv4 or too short for its header. */
export function decodeIpv4(bytes: Buffer): IpPacket | undefined {
  if (bytes.length < 20 || bytes[0]! >> 4 !== 4) return undefined;
  const headerLength = (bytes[0]! & 0x0f) * 4;
  if (headerLength < 20 || bytes.length < headerLength) return undefined;
  // A BIG TCP super-packet on loopback carries 0 here: then the whole capture is the packet.
  const announced = bytes.readUInt16BE(2);
  const length = announced >= headerLength ? announced : bytes.length;
  return {
    family: 4,
    source: bytes.subarray(12, 16).join('.'),
    destination: bytes.subarray(16, 20).join('.'),
    protocol: bytes[9]!,
    ttl: bytes[8]!,
    identification: bytes.readUInt16BE(4),
    length,
    payloadLength: length - headerLength,
    firstFragment: (bytes.readUInt16BE(6) & 0x1fff) === 0,
    payload: bytes.subarray(headerLength, Math.min(length, bytes.length)),
  };
}
