// One proxied connection: dials the upstream, wires two pumps, and keeps each toxic's stage in its stream's chain.
import { connect, type Socket } from 'node:net';
import { parseHostPort } from './address.js';
import { DeliveryMeter } from './delivery-meter.js';
import { PathSwitch } from './fast-path/path-switch.js';
import type { SpliceRelay } from './fast-path/splice-relay.js';
import { longTimeout, type LongTimeout } from './long-timeout.js';
import { Pump } from './pump.js';
import type { RandomSource } from './random.js';
import { sleep } from './sleep.js';
import type { StageNode } from './stage-chain.js';
import type { ToxicRecord } from './toxic-collection.js';
import type { LinkControl, StageContext, Stream } from './toxic.js';

/** What a link needs from its proxy. */
export interface LinkHost {
  readonly upstream: string;
  readonly dialTimeoutMs: number;
  /** Carries the link while no toxic acts on it (undefined: always the JS path). */
  readonly relay: SpliceRelay | undefined;
  toxics(): Iterable<ToxicRecord>;
  bytes(direction: Stream, n: number): void;
  fired(link: Link, toxic: string, what: string): void;
  closed(link: Link, reason: string): void;
  notice(text: string): void;
}

/** A live connection as /connections reports it. */
export interface LinkInfo {
  readonly id: number;
  readonly client: string;
  readonly upstream: string;
  readonly age_ms: number;
  readonly bytes_upstream: number;
  readonly bytes_downstream: number;
  readonly toxics: readonly string[];
  readonly fired: Readonly<Record<string, number>>;
  /** Who moves the bytes now: the splice relay (no toxic acts) or Node (the pumps and toxic chains). */
  readonly path: 'splice' | 'node';
}

/** One toxic on this link: its place in a chain, its abort controller (made on first use), its state, the bytes it dropped. */
interface Installed {
  readonly node: StageNode;
  ctl: AbortController | undefined;
  readonly state: unknown;
  lost: number;
}

/** A client connection and its upstream. */
export class Link implements LinkControl {
  private upstreamSocket: Socket | undefined;
  private dialTimer: LongTimeout | undefined;
  private up: Pump | undefined;
  private down: Pump | undefined;
  private path: PathSwitch | undefined;
  private readonly installed = new Map<ToxicRecord, Installed>();
  private readonly firedCount: Record<string, number> = {};
  private readonly started = performance.now();
  /** Bytes each peer has acknowledged (what it really got), as reported so far; the meters know the rest. */
  private bytesUp = 0;
  private bytesDown = 0;
  private sent: Record<Stream, DeliveryMeter> | undefined;
  private done = false;
  private closeWaiting = false;
  private closeReason: string | undefined;

  constructor(readonly id: number, private readonly client: Socket, private readonly host: LinkHost, private readonly random: RandomSource) {}

  /** Dial the upstream (with a timeout) and start moving data; both sockets stay paused until the link has its path. */
  start(): void {
    const { host, port } = parseHostPort(this.host.upstream, 'upstream');
    const up = connect({ host: host === '0.0.0.0' ? '127.0.0.1' : host, port, allowHalfOpen: true, noDelay: true }).pause();
    this.upstreamSocket = up;
    this.client.setNoDelay(true);
    this.dialTimer = longTimeout(() => this.lost('upstream dial timeout'), this.host.dialTimeoutMs);
    this.client.on('error', (e: NodeJS.ErrnoException) => this.finish(`client ${e.code ?? e.message}`, () => this.mirrorError(e, up)));
    up.on('error', (e: NodeJS.ErrnoException) => {
      this.finish(`upstream ${e.code ?? e.message}`, () => (up.connecting || this.up === undefined ? this.client.destroy() : this.mirrorError(e, this.client)));
    });
    this.client.on('close', () => this.socketClosed());
    up.on('close', () => this.socketClosed());
    up.once('connect', () => {
      this.dialTimer?.clear();
      if (this.done) return;
      this.sent = { upstream: new DeliveryMeter(up).start(), downstream: new DeliveryMeter(this.client).start() };
      this.up = new Pump(this.client, up, (n) => this.count('upstream', n), (e) => this.lost(`toxic failed: ${String(e)}`));
      this.down = new Pump(up, this.client, (n) => this.count('downstream', n), (e) => this.lost(`toxic failed: ${String(e)}`));
      this.client.on('data', () => this.onClientData());
      for (const record of this.host.toxics()) this.added(record);
      this.path = this.host.relay && new PathSwitch(this.host.relay, this.client, up, this.up, this.down, this, (text) => this.host.notice(text));
      if (this.path?.begin() !== true) for (const s of [this.client, up]) s.resume();
    });
  }

  /** After a toxic change: the path follows the toxics; resolves once no byte can bypass them (see PathSwitch). */
  followToxics(): Promise<void> {
    return this.path?.follow() ?? Promise.resolve();
  }

  /** True while no toxic acts and the link is not closing: the splice relay may carry it. */
  plain(): boolean {
    return !this.done && !this.closeWaiting && !this.up!.stopped && this.up!.chain.passThrough && this.down!.chain.passThrough;
  }

  /** A toxic was added to the proxy: roll its toxicity and append its stage to the stream's chain. */
  added(record: ToxicRecord): void {
    const pump = this.pump(record.stream);
    if (this.done || pump === undefined || this.installed.has(record)) return;
    const inst: Installed = { node: pump.chain.append(record.name, null), ctl: undefined, state: record.toxic.state?.(), lost: 0 };
    this.installed.set(record, inst);
    pump.chain.replace(inst.node, this.makeStage(record, inst));
  }

  /** A toxic's settings changed: its stage restarts in place (toxicity rolled again), as Toxiproxy reruns it. */
  updated(record: ToxicRecord): void {
    const inst = this.installed.get(record);
    const pump = this.pump(record.stream);
    if (this.done || inst === undefined || pump === undefined) return;
    inst.ctl?.abort();
    inst.ctl = undefined;
    pump.chain.replace(inst.node, this.makeStage(record, inst));
    if (inst.lost > 0 && inst.node.stage === null) this.lostData(record.name);
  }

  /** A toxic was removed: held data moves on at once; if it had dropped data, the connection closes. */
  removed(record: ToxicRecord): void {
    const inst = this.installed.get(record);
    if (inst === undefined) return;
    this.installed.delete(record);
    this.pump(record.stream)?.chain.remove(inst.node);
    inst.ctl?.abort();
    if (inst.lost > 0) this.lostData(record.name);
  }

  private pump(stream: Stream): Pump | undefined {
    return stream === 'upstream' ? this.up : this.down;
  }

  private makeStage(record: ToxicRecord, inst: Installed): StageNode['stage'] {
    if (!(this.random() < record.toxicity)) return null;
    const signal = (): AbortSignal => (inst.ctl ??= new AbortController()).signal;
    const ctx: StageContext = {
      get attributes() { return record.attributes; },
      state: inst.state,
      get signal() { return signal(); },
      stream: record.stream,
      link: this,
      random: this.random,
      sleep: (ms) => sleep(ms, signal()),
      after: (ms, fn) => {
        const s = signal();
        const timer = longTimeout(() => {
          s.removeEventListener('abort', stop);
          fn();
        }, ms);
        const stop = (): void => timer.clear();
        s.addEventListener('abort', stop, { once: true });
        return timer;
      },
      fired: (what) => {
        this.firedCount[record.name] = (this.firedCount[record.name] ?? 0) + 1;
        this.host.fired(this, record.name, what);
      },
      lost: (n) => {
        inst.lost += n;
      },
    };
    return record.toxic.stage(ctx);
  }

  /** Once a toxic has dropped bytes, later bytes must not pass as if nothing was lost: close, as Toxiproxy does. */
  private lostData(toxic: string): void {
    if (this.done) return;
    this.closeReason = `${toxic} removed after dropping data`;
    this.close();
  }

  /** RST to the client once the bytes already passed on have left Node's buffers. */
  reset(): void {
    this.up?.stop();
    this.down?.stop();
    const client = this.client;
    setImmediate(() => this.afterFlush(() => (client.destroyed ? 0 : this.down?.unflushed ?? client.writableLength), () => {
      if (!client.destroyed) client.resetAndDestroy();
      this.upstreamSocket?.destroy();
    }));
  }

  /** FIN both sides once what was passed on is written; nothing read after this moves on. */
  close(): void {
    this.up?.stop();
    this.down?.stop();
    this.afterFlush(() => (this.up?.unflushed ?? 0) + (this.down?.unflushed ?? 0), () => {
      this.client.destroySoon();
      this.upstreamSocket?.destroySoon();
    });
  }

  /** Run `then` once `pending()` bytes reach 0 (polled each ms: 'drain' only follows a full buffer), 500 ms at most. */
  private afterFlush(pending: () => number, then: () => void): void {
    let tries = 0;
    const check = (): void => {
      if (pending() === 0 || ++tries > 500) then();
      else setTimeout(check, 1);
    };
    check();
  }

  /** FIN to the client, drop the server's further output, RST on the client's next bytes. */
  closeWait(): void {
    this.closeWaiting = true;
    if (this.down !== undefined) this.down.discard = true;
    this.client.end();
  }

  /** Milliseconds since accept. */
  age(): number {
    return performance.now() - this.started;
  }

  /** Close everything now (proxy stopped or deleted). */
  destroy(): void {
    this.lost('proxy stopped');
  }

  /** The /connections view of this link. */
  info(): LinkInfo {
    this.syncBytes();
    return {
      id: this.id,
      client: `${this.client.remoteAddress ?? '?'}:${this.client.remotePort ?? '?'}`,
      upstream: this.host.upstream,
      age_ms: Math.round(this.age()),
      bytes_upstream: this.bytesUp,
      bytes_downstream: this.bytesDown,
      toxics: [...this.installed].filter(([, i]) => i.node.stage !== null).map(([r]) => r.name),
      fired: { ...this.firedCount },
      path: this.path?.onRelay === true ? 'splice' : 'node',
    };
  }

  private onClientData(): void {
    if (!this.closeWaiting || this.client.destroyed) return;
    this.client.resetAndDestroy();
    this.upstreamSocket?.destroySoon();
  }

  /** Bytes handed to a socket (by a pump, or by the splice relay); they count once its peer acknowledges them. */
  count(direction: Stream, n: number): void {
    this.sent?.[direction].handed(n);
  }

  /** Bring the counters (the link's and its proxy's) up to what each peer has acknowledged. */
  syncBytes(): void {
    this.path?.sync();
    if (this.sent === undefined) return;
    const up = this.sent.upstream.delivered() - this.bytesUp;
    const down = this.sent.downstream.delivered() - this.bytesDown;
    this.bytesUp += Math.max(0, up);
    this.bytesDown += Math.max(0, down);
    if (up > 0) this.host.bytes('upstream', up);
    if (down > 0) this.host.bytes('downstream', down);
  }

  private mirrorError(e: NodeJS.ErrnoException, other: Socket | undefined): void {
    if (other === undefined || other.destroyed) return;
    if (e.code === 'ECONNRESET' && other.readyState === 'open') other.resetAndDestroy();
    else other.destroy();
  }

  /** Close both sockets now (dial timeout, proxy stopped, a toxic threw, the splice relay thread ended). */
  lost(reason: string): void {
    this.finish(reason, () => {
      this.client.destroy();
      this.upstreamSocket?.destroy();
    });
  }

  private socketClosed(): void {
    const up = this.upstreamSocket;
    if (this.client.destroyed && (up === undefined || up.destroyed || up.connecting)) this.finish('closed', () => up?.destroy());
    else if (this.client.destroyed && this.closeWaiting) up?.destroySoon();
  }

  private finish(reason: string, action: () => void): void {
    this.path?.sync(); // the relay's bytes reach the meters before a socket closes (its final count is taken then)
    if (this.path === undefined) action();
    else this.path.close(action); // after the relay lets go of the sockets, if it holds them
    if (this.done) return;
    this.done = true;
    this.dialTimer?.clear();
    for (const inst of this.installed.values()) inst.ctl?.abort();
    this.installed.clear();
    this.up?.stop();
    this.down?.stop();
    this.host.closed(this, this.closeReason ?? reason);
  }
}
