// Per-connection TCP state for a capture: each direction's initial sequence number and window scale, in time order.
import type { TcpHeader } from './tcp-header.js';

/** One direction of a connection: source address and port to destination address and port. */
export interface TcpDirection {
  readonly source: string;
  readonly sourcePort: number;
  readonly destination: string;
  readonly destinationPort: number;
}

/** A segment's numbers as its connection gives them meaning. */
export interface RelativeNumbers {
  readonly seq: number;
  readonly ack: number | null;
  readonly window: number;
  readonly windowScale: number | null;
}

const key = (d: TcpDirection): string => `${d.source}|${d.sourcePort}>${d.destination}|${d.destinationPort}`;
const reverse = (d: TcpDirection): string => `${d.destination}|${d.destinationPort}>${d.source}|${d.sourcePort}`;
const minus = (a: number, b: number): number => (a - b) >>> 0;

/**
 * Makes sequence numbers relative to each direction's initial sequence number (ISN), as Wireshark and Stevens show them.
 * Feed it every segment once, in time order. Without a SYN, a direction's first number seen stands in for its ISN.
 */
export class TcpConversations {
  readonly #isn = new Map<string, number>();
  /** The window scale each direction's SYN announced (null: none announced). */
  readonly #scale = new Map<string, number | null>();

  /** Records `segment` and returns its relative numbers. */
  observe(direction: TcpDirection, segment: TcpHeader): RelativeNumbers {
    const forward = key(direction);
    const back = reverse(direction);
    const syn = segment.flags.includes('SYN');
    const acks = segment.flags.includes('ACK');
    if (syn && this.#isn.has(forward) && this.#isn.get(forward) !== segment.seq) {
      // A new SYN on a known 4-tuple with another ISN: a new incarnation of the connection (or a reboot's new stack).
      this.#forget(forward);
      if (!acks) this.#forget(back);
    }
    if (syn) {
      this.#isn.set(forward, segment.seq);
      this.#scale.set(forward, segment.options.windowScale);
    }
    const isn = this.#base(forward, segment.seq);
    const ack = acks ? minus(segment.ack, this.#base(back, segment.ack)) : null;
    // RFC 7323: windows are scaled only when both SYNs carried the option, and a SYN's own window never is.
    const mine = this.#scale.get(forward);
    const theirs = this.#scale.get(back);
    const known = mine !== undefined && theirs !== undefined;
    const shift = known && !syn && mine !== null && theirs !== null ? mine : 0;
    return { seq: minus(segment.seq, isn), ack, window: segment.window * 2 ** shift, windowScale: known ? shift : null };
  }

  /** A quoted segment's sequence number relative to its direction's ISN, or null when that direction is unknown. */
  relativeSeq(direction: TcpDirection, seq: number): number | null {
    const isn = this.#isn.get(key(direction));
    return isn === undefined ? null : minus(seq, isn);
  }

  #base(direction: string, value: number): number {
    const known = this.#isn.get(direction);
    if (known !== undefined) return known;
    this.#isn.set(direction, value);
    return value;
  }

  #forget(direction: string): void {
    this.#isn.delete(direction);
    this.#scale.delete(direction);
  }
}
