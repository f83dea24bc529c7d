// The Toxic contract: one fault = its wire type, its settings as data, and a per-connection stage factory.
import type { LongTimeout } from './long-timeout.js';

/** Which direction a toxic acts on: upstream = client to server, downstream = server to client. */
export type Stream = 'upstream' | 'downstream';

/** A toxic's settings, as sent in the API's `attributes` object (all numbers, as in Toxiproxy). */
export type Attributes = Readonly<Record<string, number>>;

/** One numeric setting of a toxic. */
export interface AttributeSpec {
  readonly name: string;
  readonly unit: string;
  readonly default: number;
  /** Smallest allowed value (inclusive). */
  readonly min: number;
  /** True if the value must be strictly greater than min. */
  readonly exclusive?: boolean;
  /** A whole number (an int64 in Toxiproxy: 1.5 is a type error there too). */
  readonly integer?: boolean;
  /** A negative value is taken as 0 instead of refused, as Toxiproxy's timers and counters take it. */
  readonly negativeAsZero?: boolean;
  readonly summary: string;
}

/** What a stage may do to its whole connection besides passing bytes on. */
export interface LinkControl {
  /** Send a real RST to the client (ECONNRESET there) and close the upstream. */
  reset(): void;
  /** Close both sides with FIN once pending writes are flushed. */
  close(): void;
  /** FIN to the client, keep the upstream, answer the client's next bytes with RST. */
  closeWait(): void;
  /** Milliseconds since the client connection was accepted. */
  age(): number;
}

/** Everything a stage sees: live attributes, its state, an abort signal, its link and a seeded random source. */
export interface StageContext<S = unknown> {
  /** Read on every use: an API update changes them for live connections. */
  readonly attributes: Attributes;
  /** What the toxic's `state()` made for this connection and stream; the same object across updates. */
  readonly state: S;
  /** Aborted when the toxic is removed or updated, or the connection ends; every wait must honour it. */
  readonly signal: AbortSignal;
  readonly stream: Stream;
  readonly link: LinkControl;
  /** Seeded uniform number in [0, 1). */
  random(): number;
  /** Wait ms (Infinity = until aborted); resolves true if the time elapsed, false if aborted. */
  sleep(ms: number): Promise<boolean>;
  /** Call fn after ms unless aborted first; `refresh()` restarts the wait. Any ms is held (no 2^31 overflow). */
  after(ms: number, fn: () => void): LongTimeout;
  /** Record that the toxic acted on this connection (shown in logs, /connections and /metrics). */
  fired(what: string): void;
  /** Record n bytes dropped on purpose; removing the toxic then closes the connection, so nothing passes as intact. */
  lost(n: number): void;
}

/** Forward a piece to the rest of the chain; resolves once the piece has been written or passed on. */
export type Push = (piece: Buffer) => Promise<void>;

/**
 * One toxic acting on one direction of one connection.
 * Invariants: every wait honours ctx.signal; bytes are never dropped unless dropping them is the fault (then
 * report them with ctx.lost); when aborted mid-chunk, the rest of the chunk is pushed on at once.
 */
export interface Stage {
  /** Pass one chunk on through push; the returned promise holds the stream (backpressure reaches the sender). */
  chunk?(data: Buffer, push: Push, receivedAt: number): void | Promise<void>;
  /** The sender closed its side; resolve when the FIN may move on. */
  end?(): void | Promise<void>;
}

/** What a proxy-level toxic (refuse) can do to its proxy's listener. */
export interface ProxyControl {
  /** Close the listener (new connects get ECONNREFUSED) or let it accept again; resolves once that holds. */
  setRefusing(refusing: boolean): Promise<void>;
  /** Try a TCP connect to the upstream; true if it answers. */
  probeUpstream(timeoutMs: number): Promise<boolean>;
}

/** A toxic type. Required: type, summary, attributes, stage; optional members the core checks for. */
export interface Toxic<S = unknown> {
  /** The wire name clients send as `type`, verbatim (`reset_peer`). */
  readonly type: string;
  /** One sentence for docs and --help. */
  readonly summary: string;
  /** The settings, with units and defaults; the API validates against them. */
  readonly attributes: readonly AttributeSpec[];
  /** A fresh stage for one direction of one connection, made again (toxicity rolled again) on each update. */
  stage(ctx: StageContext<S>): Stage;
  /**
   * Per-connection, per-direction state that outlives updates (Toxiproxy's NewState): made once when the toxic
   * meets the connection, handed to every stage made for it as `ctx.state`. limit_data keeps its byte count here.
   */
  readonly state?: () => S;
  /** Cross-attribute check; returns [attribute, reason] when invalid. */
  readonly check?: (attrs: Attributes) => readonly [string, string] | undefined;
  /**
   * Proxy-level effect while the toxic exists: resolves once it is in force, with its stop, which resolves once
   * the effect is gone. An update starts the new effect before stopping the old one.
   */
  readonly onProxy?: (proxy: ProxyControl, attrs: () => Attributes) => Promise<() => Promise<void>>;
}

/**
 * Identity helper that checks a toxic literal against the contract: attribute names keep their literal types, and
 * `ctx.state` has the type `state()` returns (undefined without one).
 */
export function defineToxic<S = undefined, const T extends Toxic<S> = Toxic<S>>(toxic: T & { readonly state?: () => S; stage(ctx: StageContext<S>): Stage }): T {
  return toxic;
}
