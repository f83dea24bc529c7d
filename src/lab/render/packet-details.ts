// A packet in words for the report: the arrow's short label, and the full details a hover or the timeline table shows.
import type { PacketEvent, TcpOptions } from '../timeline.js';
import { describePacket, endpoint, lostAt } from './packet-row.js';

/** The arrow's label, as in Stevens' figures: flags with seq, ack and length (`PSH,ACK seq 6 ack 1 len 14`), or the ICMP message. */
export function packetLabel(event: PacketEvent): string {
  if (event.protocol !== 'tcp') return event.label;
  const { tcp } = event;
  const ack = tcp.ack === null ? '' : ` ack ${tcp.ack}`;
  const len = tcp.payload > 0 ? ` len ${tcp.payload}` : '';
  return `${tcp.flags.join(',') || 'no flags'} seq ${tcp.seq}${ack}${len}`;
}

/** Kernel timestamps to the microsecond. */
const exactMs = (t: number): string => `${t.toFixed(3)} ms`;

function optionsText(options: TcpOptions): string {
  const parts = [
    options.mss === null ? '' : `mss ${options.mss}`,
    options.windowScale === null ? '' : `wscale ${options.windowScale}`,
    options.sackPermitted ? 'SACK permitted' : '',
    options.timestamp === null ? '' : `timestamps ${options.timestamp.value}/${options.timestamp.echo}`,
  ].filter((p) => p !== '');
  return parts.length === 0 ? '' : `options: ${parts.join(', ')}`;
}

/** Every detail of a packet, one fact per line: who to whom, the header fields, and where it was seen. */
export function packetDetails(event: PacketEvent): string[] {
  const { details } = describePacket(event);
  const lines = [
    `${exactMs(event.t)}: ${event.from} ${endpoint(event.src)} → ${event.to} ${endpoint(event.dst)}`,
    `${event.label}: ${details}`,
  ];
  if (event.protocol === 'tcp') {
    const options = optionsText(event.tcp.options);
    if (options !== '') lines.push(options);
    lines.push(`raw seq ${event.tcp.rawSeq}, raw ack ${event.tcp.rawAck}`);
  }
  lines.push(`IPv${event.family}, ${event.length} bytes, ${event.family === 4 ? 'TTL' : 'hop limit'} ${event.ttl}`);
  const seen = event.seen.map((s) => `${s.namespace} ${s.interface} ${s.direction} at ${exactMs(s.t)}`);
  if (seen.length > 0) lines.push(`seen: ${seen.join('; ')}`);
  const lost = lostAt(event);
  if (lost !== undefined) lines.push(`lost: never reached ${event.to}; last seen in ${lost.namespace}`);
  return lines;
}
