// One proxy: its listener, its live links and its toxics; start, stop and update as Toxiproxy's proxy.go does.
import { connect, type Socket } from 'node:net';
import { hostPort } from '../shared/host-port.js';
import { parseHostPort } from './address.js';
import { DeliveryMeter } from './delivery-meter.js';
import type { ProxyEvent } from './events.js';
import { SpliceRelay } from './fast-path/splice-relay.js';
import { Link, type LinkInfo } from './link.js';
import { Listener } from './listener.js';
import { longTimeout } from './long-timeout.js';
import { mixSeed, seededRandom } from './random.js';
import { toxicJson, ToxicCollection, type ToxicJson, type ToxicRecord } from './toxic-collection.js';
import type { ProxyControl } from './toxic.js';

/** The JSON shape of a proxy, in Toxiproxy's field order. */
export interface ProxyJson {
  readonly name: string;
  readonly listen: string;
  readonly upstream: string;
  readonly enabled: boolean;
  readonly toxics: readonly ToxicJson[];
}

/** Live counters of one proxy. */
export interface ProxyStats {
  connections: number;
  bytesUpstream: number;
  bytesDownstream: number;
  readonly fired: Map<string, number>;
}

/** Settings shared by every proxy of a server. */
export interface ProxyOptions {
  readonly seed: number;
  readonly dialTimeoutMs: number;
  readonly onEvent: (event: ProxyEvent) => void;
  /** false: every connection is relayed by Node, even with no toxic (default: the splice fast path where it works). */
  readonly fastPath?: boolean;
}

/** A listening (or disabled) proxy. */
export class Proxy {
  enabled = false;
  readonly toxics: ToxicCollection;
  private readonly counters: ProxyStats = { connections: 0, bytesUpstream: 0, bytesDownstream: 0, fired: new Map() };
  private readonly listener: Listener;
  private readonly links = new Set<Link>();
  private readonly relay: SpliceRelay | undefined;
  /** The running proxy-level effects (refuse), each with its stop. */
  private readonly effects = new Map<ToxicRecord, () => Promise<void>>();
  private effectQueue: Promise<void> = Promise.resolve();
  private nextId = 1;

  constructor(readonly name: string, listen: string, public upstream: string, private readonly options: ProxyOptions) {
    parseHostPort(upstream, 'upstream');
    this.relay = options.fastPath === false ? undefined : SpliceRelay.shared();
    this.listener = new Listener(listen, (socket) => this.accept(socket), (refusing) => options.onEvent({ kind: 'refusing', proxy: name, refusing }));
    this.toxics = new ToxicCollection((kind, record) => this.toxicChanged(kind, record));
  }

  /** "host:port" as bound (localhost -> 127.0.0.1, port 0 -> the real port after the first start). */
  get listen(): string {
    return this.listener.address;
  }

  set listen(address: string) {
    this.listener.address = address;
  }

  /** True while the listening socket accepts (false when disabled or held closed by refuse). */
  get listening(): boolean {
    return this.listener.listening;
  }

  /** Bind the listener (unless a refuse toxic holds it closed); rejects if the address cannot be bound. */
  async start(): Promise<void> {
    DeliveryMeter.prepare();
    this.relay?.prepare(); // the relay thread starts while the listener binds
    const was = this.enabled;
    this.enabled = true;
    try {
      await this.listener.enable();
    } catch (error) {
      this.enabled = was;
      throw error;
    }
    // Ready (or known to be off) before the first connection: it goes straight to the relay, and the thread's own
    // descriptors are open by the time anyone counts the process's.
    await new Promise<void>((resolve) => (this.relay === undefined ? resolve() : this.relay.whenReady(resolve)));
  }

  /** Close the listener and every live connection; resolves once the port no longer accepts. */
  async stop(): Promise<void> {
    this.enabled = false;
    for (const link of [...this.links]) link.destroy();
    await this.listener.disable();
  }

  /** Apply a partial update of listen, upstream and enabled (POST or PATCH /proxies/{name}). */
  async update(input: { listen?: unknown; upstream?: unknown; enabled?: unknown }): Promise<void> {
    const listen = typeof input.listen === 'string' ? input.listen : this.listen;
    const upstream = typeof input.upstream === 'string' ? input.upstream : this.upstream;
    const enabled = typeof input.enabled === 'boolean' ? input.enabled : this.enabled;
    if (this.differs(listen, upstream)) {
      parseHostPort(upstream, 'upstream');
      await this.stop();
      this.listen = listen;
      this.upstream = upstream;
    }
    if (enabled && !this.enabled) await this.start();
    if (!enabled && this.enabled) await this.stop();
  }

  /** True if listen or upstream differ from this proxy's (Toxiproxy's Differs, with localhost resolved). */
  differs(listen: string, upstream: string): boolean {
    const a = parseHostPort(listen, 'listen');
    return hostPort(a.host, a.port) !== this.listen || upstream !== this.upstream;
  }

  /** Stop for good: listener closed, connections cut, every toxic and its effects gone. */
  async remove(): Promise<void> {
    await this.stop();
    await this.toxics.clear();
  }

  /** The API view. */
  toJSON(): ProxyJson {
    return { name: this.name, listen: this.listen, upstream: this.upstream, enabled: this.enabled, toxics: this.toxics.all().map(toxicJson) };
  }

  /** Live counters; live connections first fold in the splice relay's bytes and count what their peers have acknowledged. */
  get stats(): ProxyStats {
    for (const link of this.links) link.syncBytes();
    return this.counters;
  }

  /** The live connections. */
  connections(): LinkInfo[] {
    return [...this.links].map((l) => l.info());
  }

  /** Number of live connections. */
  get active(): number {
    return this.links.size;
  }

  private probeUpstream(timeoutMs: number): Promise<boolean> {
    const { host, port } = parseHostPort(this.upstream, 'upstream');
    return new Promise((resolve) => {
      const s = connect({ host, port });
      const timer = longTimeout(() => done(false), timeoutMs);
      const done = (ok: boolean): void => {
        timer.clear();
        s.destroy();
        resolve(ok);
      };
      s.once('connect', () => done(true));
      s.once('error', () => done(false));
    });
  }

  private accept(client: Socket): void {
    if (!this.enabled) {
      client.destroy(); // the proxy is stopping; its listener closes as soon as the queue reaches it
      return;
    }
    const id = this.nextId++;
    const link = new Link(id, client, {
      upstream: this.upstream,
      dialTimeoutMs: this.options.dialTimeoutMs,
      relay: this.relay,
      toxics: () => this.toxics.all(),
      bytes: (dir, n) => {
        if (dir === 'upstream') this.counters.bytesUpstream += n;
        else this.counters.bytesDownstream += n;
      },
      fired: (l, toxic, what) => {
        this.counters.fired.set(toxic, (this.counters.fired.get(toxic) ?? 0) + 1);
        this.options.onEvent({ kind: 'fired', proxy: this.name, id: l.id, toxic, what });
      },
      closed: (l, reason) => {
        this.links.delete(l);
        this.options.onEvent({ kind: 'closed', proxy: this.name, id: l.id, reason, info: l.info() });
      },
      notice: (text) => this.options.onEvent({ kind: 'notice', proxy: this.name, text }),
    }, seededRandom(mixSeed(this.options.seed, this.name, id)));
    this.links.add(link);
    this.counters.connections++;
    this.options.onEvent({ kind: 'connection', proxy: this.name, id, client: `${client.remoteAddress ?? '?'}:${client.remotePort ?? '?'}` });
    link.start();
  }

  /**
   * Live links follow at once (O(1) each; a link the splice relay holds is in force once handed back); proxy-level
   * effects run one at a time, in order.
   */
  private toxicChanged(kind: 'add' | 'update' | 'remove', record: ToxicRecord): Promise<void> {
    const paths: Promise<void>[] = [];
    for (const link of this.links) {
      if (kind === 'add') link.added(record);
      else if (kind === 'update') link.updated(record);
      else link.removed(record);
      paths.push(link.followToxics());
    }
    if (record.toxic.onProxy === undefined) return Promise.all(paths).then(() => undefined);
    const step = this.effectQueue.then(() => this.applyEffect(kind, record));
    this.effectQueue = step.catch(() => undefined);
    return Promise.all([step, ...paths]).then(() => undefined);
  }

  /** Start the new effect before stopping the old one, so an update never lets the listener accept in between. */
  private async applyEffect(kind: 'add' | 'update' | 'remove', record: ToxicRecord): Promise<void> {
    const old = this.effects.get(record);
    this.effects.delete(record);
    if (kind !== 'remove' && this.toxics.has(record) && record.toxic.onProxy !== undefined) {
      const holder = { alive: true };
      const control: ProxyControl = {
        setRefusing: (refusing) => (holder.alive ? this.listener.hold(holder, refusing) : Promise.resolve()),
        probeUpstream: (ms) => this.probeUpstream(ms),
      };
      const stop = await record.toxic.onProxy(control, () => record.attributes);
      this.effects.set(record, async () => {
        try {
          await stop();
        } finally {
          holder.alive = false; // a late call from a stopped effect can never close the listener again
          await this.listener.hold(holder, false);
        }
      });
    }
    await old?.();
  }
}
