// The timeline of one scenario run: calls and what they returned, TCP states, packets on the wire, notes.

/** One side of a scenario's connection. */
export type Endpoint = 'client' | 'server';

/** A system or library call and what it returned: `ok`, an errno name, `EOF`, or a signal name. */
export interface CallEvent {
  readonly kind: 'call';
  readonly t: number;
  readonly endpoint: Endpoint;
  readonly call: string;
  readonly result: string;
  readonly detail?: string;
}

/** A TCP state change of one endpoint's socket, read from TCP_INFO. */
export interface StateEvent {
  readonly kind: 'state';
  readonly t: number;
  readonly endpoint: Endpoint;
  readonly state: string;
}

/** Who sent or receives a packet: a host of the scenario, the router between them, or `network` for an address no host owns. */
export type PacketHost = Endpoint | 'router' | 'network';

/** One end of a packet. */
export interface PacketAddress {
  readonly address: string;
  /** TCP or UDP port; null for ICMP. */
  readonly port: number | null;
  /** The host that owns `address`. */
  readonly host: PacketHost;
}

/** TCP header flags, in the order labels list them (ACK last, as in "SYN,ACK"). */
export type TcpFlag = 'SYN' | 'FIN' | 'RST' | 'PSH' | 'URG' | 'ECE' | 'CWR' | 'ACK';

/** The TCP options socklab decodes; a handshake's SYNs carry mss and windowScale. */
export interface TcpOptions {
  readonly mss: number | null;
  /** The shift this side announces for its own window (RFC 7323). */
  readonly windowScale: number | null;
  readonly sackPermitted: boolean;
  readonly timestamp: { readonly value: number; readonly echo: number } | null;
}

/** A TCP segment, with numbers relative to its connection as Stevens' figures and Wireshark show them. */
export interface TcpDetail {
  readonly flags: readonly TcpFlag[];
  /** Sequence number relative to the sender's initial one: its SYN is 0, its first data byte 1. */
  readonly seq: number;
  /** Acknowledgment number relative to the receiver's initial sequence number; null without the ACK flag. */
  readonly ack: number | null;
  /** The numbers as sent. */
  readonly rawSeq: number;
  readonly rawAck: number;
  /** The advertised window in bytes: the header's field shifted by the scale the handshake agreed. */
  readonly window: number;
  /** The shift applied to `window`; null when the handshake was not seen (`window` is then the raw field). */
  readonly windowScale: number | null;
  /** Payload bytes. */
  readonly payload: number;
  readonly options: TcpOptions;
}

/** The packet an ICMP error quotes: the connection it belonged to. */
export interface QuotedPacket {
  /** tcp, udp, icmp, icmpv6, or ip-proto-N. */
  readonly protocol: string;
  readonly src: PacketAddress;
  readonly dst: PacketAddress;
  /** A quoted TCP segment's sequence number, relative to its connection when socklab saw that connection; else null. */
  readonly seq: number | null;
}

/** An ICMP or ICMPv6 message. */
export interface IcmpDetail {
  readonly type: number;
  readonly code: number;
  /** host-unreachable, net-unreachable, admin-prohibited, port-unreachable, echo-request, ... (see docs/lab.md). */
  readonly name: string;
  /** For error messages, the packet that caused them; null otherwise. */
  readonly quoted: QuotedPacket | null;
}

/** One place a packet was seen: the namespace, its interface, and whether it was leaving or arriving there. */
export interface PacketSighting {
  /** The namespace's name in the scenario: client, router, server, or lab (the single namespace of a loopback scenario). */
  readonly namespace: string;
  readonly interface: string;
  readonly direction: 'in' | 'out';
  /** Kernel timestamp, ms since the scenario started. */
  readonly t: number;
}

/** What every packet event carries, whatever its protocol. */
interface PacketEventBase {
  readonly kind: 'packet';
  /** When it was first seen (ms since the scenario started; kernel timestamp). */
  readonly t: number;
  readonly from: PacketHost;
  readonly to: PacketHost;
  /** Short text for an arrow: SYN, SYN,ACK, PSH,ACK 5B, RST, ICMP host unreachable... */
  readonly label: string;
  /** Bytes of the IP packet, header included. */
  readonly length: number;
  readonly family: 4 | 6;
  readonly src: PacketAddress;
  readonly dst: PacketAddress;
  /** TTL or hop limit where it was first seen. */
  readonly ttl: number;
  /** Every sighting, first first: a forwarded packet is seen leaving one namespace and arriving in the next. */
  readonly seen: readonly PacketSighting[];
}

/** A TCP segment on the wire. */
export interface TcpPacketEvent extends PacketEventBase {
  readonly protocol: 'tcp';
  readonly tcp: TcpDetail;
}

/** An ICMP or ICMPv6 message on the wire (neighbour discovery and multicast listener messages are left out). */
export interface IcmpPacketEvent extends PacketEventBase {
  readonly protocol: 'icmp' | 'icmpv6';
  readonly icmp: IcmpDetail;
}

/** A packet seen on the wire by socklab's in-process capture, decoded. */
export type PacketEvent = TcpPacketEvent | IcmpPacketEvent;

/** Something the scenario explains in words (a rule added, a wait started). */
export interface NoteEvent {
  readonly kind: 'note';
  readonly t: number;
  readonly text: string;
}

/** Any event of a timeline. */
export type TimelineEvent = CallEvent | StateEvent | PacketEvent | NoteEvent;

/** Milliseconds since the epoch with sub-millisecond precision. */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Collects a scenario's events with times relative to its start (ms). */
export class Timeline {
  readonly startedAt: number;
  readonly #events: TimelineEvent[] = [];

  constructor(startedAt: number = preciseNow()) {
    this.startedAt = startedAt;
  }

  /** Milliseconds since the scenario started. */
  elapsed(at: number = preciseNow()): number {
    return Math.round((at - this.startedAt) * 1000) / 1000;
  }

  /** Records a call's result and returns the event. */
  call(endpoint: Endpoint, call: string, result: string, detail?: string): CallEvent {
    const event: CallEvent = detail === undefined
      ? { kind: 'call', t: this.elapsed(), endpoint, call, result }
      : { kind: 'call', t: this.elapsed(), endpoint, call, result, detail };
    this.#events.push(event);
    return event;
  }

  /** Records a TCP state change. */
  state(endpoint: Endpoint, state: string): void {
    this.#events.push({ kind: 'state', t: this.elapsed(), endpoint, state });
  }

  /** Records a note. */
  note(text: string): void {
    this.#events.push({ kind: 'note', t: this.elapsed(), text });
  }

  /** Adds events recorded elsewhere (packets), already timed. */
  add(events: readonly TimelineEvent[]): void {
    this.#events.push(...events);
  }

  /** All events, in time order; equal times keep their recording order (Array.prototype.sort is stable). */
  events(): TimelineEvent[] {
    return [...this.#events].sort((a, b) => a.t - b.t);
  }
}
