// One packet of the repro diagram, as in Stevens' figures: an arrow with its flags, the ports, seq/ack, window, length.
import { bracketed, hostPort } from '../../shared/host-port.js';
import { wrap } from '../../shared/wrap-text.js';
import type { PacketAddress, PacketEvent, PacketSighting } from '../timeline.js';
import { TIME_COLUMN, type DiagramColumns } from './diagram-columns.js';
import type { Paint } from '../../shared/paint.js';

function arrow(label: string, width: number, rightward: boolean, dashed: boolean, lost: boolean): string {
  const line = dashed ? '╌' : '─';
  const body = ` ${label.length > width - 6 ? `${label.slice(0, width - 7)}…` : label} `;
  const fill = width - body.length - 1;
  const left = Math.floor(fill / 2);
  return rightward
    ? `${line.repeat(left)}${body}${line.repeat(fill - left)}${lost ? '✕' : '▶'}`
    : `${lost ? '✕' : '◀'}${line.repeat(fill - left)}${body}${line.repeat(left)}`;
}

/**
 * Where a packet of a routed run (namespaces named after the hosts) was last seen when it never arrived in its
 * destination's namespace: dropped on the way, as a crashed host's retransmissions are. Undefined otherwise.
 */
export function lostAt(event: PacketEvent): PacketSighting | undefined {
  if (event.to === 'network' || event.to === 'router' || !event.seen.some((s) => s.namespace === 'router')) return undefined;
  return event.seen.some((s) => s.namespace === event.to && s.direction === 'in') ? undefined : event.seen.at(-1);
}

/** An address and port as `127.0.0.1:5432` or `[::1]:5432`, or the address alone for ICMP. */
export function endpoint(address: PacketAddress): string {
  return address.port === null ? bracketed(address.address) : hostPort(address.address, address.port);
}

/** The arrow's text (flags, or the ICMP message), what each end shows, and the details after it. */
export function describePacket(event: PacketEvent): { label: string; senderEnd: string; receiverEnd: string; details: string } {
  if (event.protocol === 'tcp') {
    const { tcp } = event;
    const ack = tcp.ack === null ? '' : ` ack ${tcp.ack}`;
    const mss = tcp.options.mss === null ? '' : ` mss ${tcp.options.mss}`;
    return {
      label: tcp.flags.join(',') || 'no flags',
      senderEnd: `:${event.src.port}`,
      receiverEnd: `:${event.dst.port}`,
      details: `seq ${tcp.seq}${ack} win ${tcp.window} len ${tcp.payload}${mss}`,
    };
  }
  const { icmp } = event;
  const quoted = icmp.quoted === null ? ''
    : `, quotes ${icmp.quoted.protocol} ${endpoint(icmp.quoted.src)} → ${endpoint(icmp.quoted.dst)}${icmp.quoted.seq === null ? '' : ` seq ${icmp.quoted.seq}`}`;
  return {
    label: event.label,
    senderEnd: event.from === 'network' ? event.src.address : event.from,
    receiverEnd: '',
    details: `type ${icmp.type} code ${icmp.code}${quoted}`,
  };
}

/** The packet's row (and continuation lines when its details do not fit), `time` already formatted; never wider than the columns' width. */
export function packetRow(event: PacketEvent, time: string, columns: DiagramColumns, p: Paint): string {
  const rightward = event.from === 'client' || event.to === 'server';
  const { label, senderEnd, receiverEnd, details: described } = describePacket(event);
  const [leftEnd, rightEnd] = rightward ? [senderEnd, receiverEnd] : [receiverEnd, senderEnd];
  const lost = lostAt(event);
  const details = lost === undefined ? described : `${described}, lost at ${lost.namespace}`;
  const wire = arrow(label, columns.wire, rightward, event.from === 'router' || event.from === 'network', lost !== undefined);
  const coloured = /RST|ICMP/.test(label) ? p.red(wire) : /FIN/.test(label) ? p.yellow(wire) : wire;
  const left = leftEnd.length < columns.side ? `${leftEnd.padStart(columns.side - 1)} ` : ' '.repeat(columns.side);
  const head = `${time}${left}${coloured}${rightEnd === '' ? '' : ` ${rightEnd}`}`;
  const used = TIME_COLUMN + columns.side + columns.wire + (rightEnd === '' ? 0 : rightEnd.length + 1);
  if (used + 2 + details.length <= columns.width) return `${head}  ${p.dim(details)}`;
  const indent = TIME_COLUMN + columns.side;
  return [head, ...wrap(details, columns.width - indent).map((line) => `${' '.repeat(indent)}${p.dim(line)}`)].join('\n');
}
