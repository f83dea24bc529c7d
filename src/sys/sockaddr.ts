// Encodes and decodes struct sockaddr_in / sockaddr_in6 for the raw socket calls.
import { AF_INET, AF_INET6 } from './linux-constants.js';
import { libc } from './libc.js';

/** An IP address and port, as getsockname/getpeername report them. */
export interface SocketAddress {
  readonly address: string;
  readonly port: number;
  readonly family: 4 | 6;
}

/** Size of the largest sockaddr socklab handles (sockaddr_in6; sockaddr_storage would be 128). */
export const SOCKADDR_MAX = 128;

/** struct sockaddr_in(6) for `address`/`port`, or undefined when the address does not parse for that family. */
export function encodeSockaddr(family: 4 | 6, address: string, port: number): Buffer | undefined {
  const v6 = family === 6;
  const buf = Buffer.alloc(v6 ? 28 : 16);
  buf.writeUInt16LE(v6 ? AF_INET6 : AF_INET, 0);
  buf.writeUInt16BE(port, 2);
  const addr = Buffer.alloc(v6 ? 16 : 4);
  if (libc().inet_pton(v6 ? AF_INET6 : AF_INET, address, addr) !== 1) return undefined;
  addr.copy(buf, v6 ? 8 : 4);
  return buf;
}

/** Decodes a sockaddr_in(6) the kernel wrote; undefined for other families. */
export function decodeSockaddr(buf: Buffer): SocketAddress | undefined {
  if (buf.length < 4) return undefined;
  const af = buf.readUInt16LE(0);
  if (af !== AF_INET && af !== AF_INET6) return undefined;
  const v6 = af === AF_INET6;
  const raw = buf.subarray(v6 ? 8 : 4, v6 ? 24 : 8);
  const text = Buffer.alloc(64);
  if (libc().inet_ntop(af, raw, text, text.length) === null) return undefined;
  const address = text.subarray(0, text.indexOf(0)).toString('latin1');
  return { address, port: buf.readUInt16BE(2), family: v6 ? 6 : 4 };
}

/** The address family of a socket fd from getsockname (4 when it cannot tell). */
export function socketFamily(fd: number): 4 | 6 {
  const buf = Buffer.alloc(SOCKADDR_MAX);
  const len = [buf.length];
  return libc().getsockname(fd, buf, len) === 0 && buf.readUInt16LE(0) === AF_INET6 ? 6 : 4;
}
