// Turns captured frames into timeline packet events: decoded, one event per packet however many interfaces saw it.
import type { IcmpDetail, PacketAddress, PacketEvent, PacketHost, PacketSighting, QuotedPacket } from '../timeline.js';
import { decodeFrame, type DecodedFrame } from './decode-frame.js';
import { ICMPV6_LINK_TYPES } from './icmp-names.js';
import type { QuotedHeader } from './icmp-message.js';
import type { CapturedFrame } from './open-capture.js';
import { TcpConversations } from './tcp-conversations.js';

/** How to place packets in a scenario. */
export interface PacketEventOptions {
  /** The host that owns each address (127.0.0.1 → client, a router's two addresses → router); others are `network`. */
  readonly hosts: ReadonlyMap<string, Exclude<PacketHost, 'network'>>;
  /** The timeline's start (epoch ms on Timeline's clock): event times are relative to it. */
  readonly startedAt: number;
}

/** A forwarded packet is seen again within microseconds; a retransmission comes 200 ms or more later. */
const SAME_PACKET_WITHIN_MS = 50;

/** The sightings of a packet's event (shared with the event, so one more sighting lands in it) and the latest time. */
interface Sightings {
  readonly seen: PacketSighting[];
  lastT: number;
}

/** TCP and ICMP packets of `frames` (in any order) as events in time order; other frames are left to the pcap file. */
export function packetEvents(frames: readonly CapturedFrame[], options: PacketEventOptions): PacketEvent[] {
  const conversations = new TcpConversations();
  const recent = new Map<string, Sightings>();
  const events: PacketEvent[] = [];
  const relative = (t: number): number => Math.round((t - options.startedAt) * 1000) / 1000;
  for (const frame of [...frames].sort((a, b) => a.t - b.t)) {
    const decoded = decodeFrame(frame.data);
    if (decoded === undefined || (decoded.icmp !== undefined && decoded.ip.family === 6 && ICMPV6_LINK_TYPES.has(decoded.icmp.type))) continue;
    const sighting: PacketSighting = { namespace: frame.namespace, interface: frame.interface, direction: frame.direction, t: relative(frame.t) };
    const key = identity(decoded);
    const known = recent.get(key);
    if (known !== undefined && frame.t - known.lastT <= SAME_PACKET_WITHIN_MS && !known.seen.some((s) => sameSpot(s, sighting))) {
      known.seen.push(sighting);
      known.lastT = frame.t;
      continue;
    }
    const seen = [sighting];
    recent.set(key, { seen, lastT: frame.t });
    events.push(toEvent(decoded, seen, options.hosts, conversations));
  }
  return events;
}

/** What stays the same when a router forwards a packet: everything but TTL and the IP checksum. */
function identity({ ip }: DecodedFrame): string {
  return `${ip.source}>${ip.destination}/${ip.protocol}/${ip.identification ?? ''}/${ip.length}/${ip.payload.subarray(0, 64).toString('hex')}`;
}

function sameSpot(a: PacketSighting, b: PacketSighting): boolean {
  return a.namespace === b.namespace && a.interface === b.interface && a.direction === b.direction;
}

function toEvent(decoded: DecodedFrame, seen: PacketSighting[], hosts: PacketEventOptions['hosts'], conversations: TcpConversations): PacketEvent {
  const { ip } = decoded;
  const address = (value: string, port: number | null): PacketAddress => ({ address: value, port, host: hosts.get(value) ?? 'network' });
  const base = { kind: 'packet' as const, t: seen[0]!.t, length: ip.length, family: ip.family, ttl: ip.ttl, seen };
  if (decoded.tcp !== undefined) {
    const { tcp } = decoded;
    const src = address(ip.source, tcp.sourcePort);
    const dst = address(ip.destination, tcp.destinationPort);
    const numbers = conversations.observe({ source: ip.source, sourcePort: tcp.sourcePort, destination: ip.destination, destinationPort: tcp.destinationPort }, tcp);
    const label = `${tcp.flags.join(',') || 'none'}${tcp.payload > 0 ? ` ${tcp.payload}B` : ''}`;
    return {
      ...base, from: src.host, to: dst.host, label, src, dst, protocol: 'tcp',
      tcp: { flags: tcp.flags, ...numbers, rawSeq: tcp.seq, rawAck: tcp.ack, payload: tcp.payload, options: tcp.options },
    };
  }
  const message = decoded.icmp;
  const src = address(ip.source, null);
  const dst = address(ip.destination, null);
  const icmp: IcmpDetail = {
    type: message.type,
    code: message.code,
    name: message.name,
    quoted: message.quoted === null ? null : quotedPacket(message.quoted, address, conversations),
  };
  const protocol = ip.family === 4 ? 'icmp' : 'icmpv6';
  const label = `${ip.family === 4 ? 'ICMP' : 'ICMPv6'} ${message.name.replaceAll('-', ' ')}`;
  return { ...base, from: src.host, to: dst.host, label, src, dst, protocol, icmp };
}

function quotedPacket(quoted: QuotedHeader, address: (value: string, port: number | null) => PacketAddress, conversations: TcpConversations): QuotedPacket {
  const { source, destination, sourcePort, destinationPort } = quoted;
  const seq = quoted.seq === null || sourcePort === null || destinationPort === null ? null
    : conversations.relativeSeq({ source, sourcePort, destination, destinationPort }, quoted.seq);
  return { protocol: quoted.protocol, src: address(source, sourcePort), dst: address(destination, destinationPort), seq };
}
