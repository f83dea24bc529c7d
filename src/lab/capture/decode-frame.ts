// Decodes a captured Ethernet frame down to the transport layer: IP, then TCP or ICMP.
import { decodeEthernet, ETHERTYPE } from './ethernet.js';
import { decodeIcmp, type IcmpMessage } from './icmp-message.js';
import { IP_PROTOCOL, type IpPacket } from './ip-packet.js';
import { decodeIpv4 } from './ipv4.js';
import { decodeIpv6 } from './ipv6.js';
import { decodeTcp, type TcpHeader } from './tcp-header.js';

/** A frame decoded as far as socklab reads it: a TCP segment or an ICMP message over IPv4 or IPv6. */
export type DecodedFrame =
  | { readonly ip: IpPacket; readonly tcp: TcpHeader; readonly icmp?: never }
  | { readonly ip: IpPacket; readonly icmp: IcmpMessage; readonly tcp?: never };

/** Decodes `frame`; undefined for anything else (ARP, UDP, fragments after the first, truncated headers). */
export function decodeFrame(frame: Buffer): DecodedFrame | undefined {
  const ethernet = decodeEthernet(frame);
  const ip = ethernet?.etherType === ETHERTYPE.IPV4 ? decodeIpv4(ethernet.payload)
    : ethernet?.etherType === ETHERTYPE.IPV6 ? decodeIpv6(ethernet.payload) : undefined;
  if (ip === undefined || !ip.firstFragment) return undefined;
  if (ip.protocol === IP_PROTOCOL.TCP) {
    const tcp = decodeTcp(ip.payload, ip.payloadLength);
    return tcp === undefined ? undefined : { ip, tcp };
  }
  const icmpProtocol = ip.family === 4 ? IP_PROTOCOL.ICMP : IP_PROTOCOL.ICMPV6;
  if (ip.protocol !== icmpProtocol) return undefined;
  const icmp = decodeIcmp(ip);
  return icmp === undefined ? undefined : { ip, icmp };
}
