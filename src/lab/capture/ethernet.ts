// Decodes an Ethernet II header, skipping 802.1Q/802.1ad tags: the ethertype and the network-layer bytes after it.

/** Ethertypes socklab decodes further. */
export const ETHERTYPE = { IPV4: 0x0800, IPV6: 0x86dd } as const;

const VLAN_TAGS: ReadonlySet<number> = new Set([0x8100, 0x88a8]);

/** An Ethernet frame's protocol and payload (loopback frames carry an all-zero Ethernet header on Linux). */
export interface EthernetFrame {
  readonly etherType: number;
  readonly payload: Buffer;
}

/** The frame's ethertype and payload; undefined when it is too short to hold the header. */
export function decodeEthernet(frame: Buffer): EthernetFrame | undefined {
  let at = 12;
  while (frame.length >= at + 2 && VLAN_TAGS.has(frame.readUInt16BE(at))) at += 4;
  if (frame.length < at + 2) return undefined;
  return { etherType: frame.readUInt16BE(at), payload: frame.subarray(at + 2) };
}
