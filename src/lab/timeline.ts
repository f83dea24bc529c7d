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

/** A packet seen on the wire (tcpdump inside the namespace). */
export interface PacketEvent {
  readonly kind: 'packet';
  readonly t: number;
  readonly from: Endpoint | 'network';
  readonly to: Endpoint | 'network';
  /** SYN, SYN-ACK, ACK, FIN, RST, PSH, ICMP host-unreachable... */
  readonly label: string;
  readonly length: number;
}

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
