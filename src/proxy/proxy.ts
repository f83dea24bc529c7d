// One proxy: its listener, its live links and its toxics; start, stop and update as Toxiproxy's proxy.go does.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { SocklabError } from '../errors/socklab-error.js';
import { formatHostPort, parseHostPort } from './address.js';
import { Link, type LinkInfo } from './link.js';
import { mixSeed, seededRandom } from './random.js';
import { toxicJson, ToxicCollection, type ToxicJson, type ToxicRecord } from './toxic-collection.js';
import type { ProxyControl } from './toxic.js';
import type { ProxyEvent } from './events.js';

/** The JSON shape of a proxy, in Toxiproxy's field order. */
export interface ProxyJson {
  readonly name: string;
  readonly listen: string;
  readonly upstream: string;
  readonly enabled: boolean;
  readonly toxics: readonly ToxicJson[];
}

/** Live counters of one proxy (for /metrics). */
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
}

/** A listening (or disabled) proxy. */
export class Proxy implements ProxyControl {
  enabled = false;
  readonly toxics: ToxicCollection;
  readonly stats: ProxyStats = { connections: 0, bytesUpstream: 0, bytesDownstream: 0, fired: new Map() };
  private server: Server | undefined;
  private readonly links = new Set<Link>();
  private readonly cleanups = new Map<ToxicRecord, () => void>();
  private nextId = 1;
  private refusing = false;

  constructor(readonly name: string, public listen: string, public upstream: string, private readonly options: ProxyOptions) {
    parseHostPort(upstream, 'upstream');
    this.toxics = new ToxicCollection((kind, record) => this.toxicChanged(kind, record));
  }

  /** Bind the listener; `listen` becomes the bound address (localhost -> 127.0.0.1, port 0 -> real port). */
  async start(): Promise<void> {
    if (this.enabled) return;
    const { host, port } = parseHostPort(this.listen, 'listen');
    const server = await this.bind(host, port);
    const addr = server.address();
    if (addr !== null && typeof addr === 'object') this.listen = formatHostPort(addr.address, addr.port);
    this.server = server;
    this.enabled = true;
    for (const record of [...this.cleanups.keys()]) this.rearm(record, true); // proxy-level toxics act again
  }

  /** Close the listener and every live connection. */
  async stop(): Promise<void> {
    this.enabled = false;
    this.refusing = false;
    const server = this.server;
    this.server = undefined;
    for (const link of [...this.links]) link.destroy();
    server?.close(); // the listening socket closes now; the callback would wait for every connection
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
    return formatHostPort(a.host, a.port) !== this.listen || upstream !== this.upstream;
  }

  /** Stop and drop every toxic (the proxy is being deleted). */
  async remove(): Promise<void> {
    this.toxics.clear();
    await this.stop();
  }

  /** The API view. */
  toJSON(): ProxyJson {
    return { name: this.name, listen: this.listen, upstream: this.upstream, enabled: this.enabled, toxics: this.toxics.all().map(toxicJson) };
  }

  /** The live connections. */
  connections(): LinkInfo[] {
    return [...this.links].map((l) => l.info());
  }

  /** Number of live connections. */
  get active(): number {
    return this.links.size;
  }

  async setRefusing(refusing: boolean): Promise<void> {
    if (refusing === this.refusing || !this.enabled) return;
    this.refusing = refusing;
    const { host, port } = parseHostPort(this.listen, 'listen');
    if (refusing) {
      const server = this.server;
      this.server = undefined;
      server?.close(); // stops accepting; live connections are not touched
    } else {
      this.server = await this.bind(host, port);
    }
    this.options.onEvent({ kind: 'refusing', proxy: this.name, refusing });
  }

  probeUpstream(timeoutMs: number): Promise<boolean> {
    const { host, port } = parseHostPort(this.upstream, 'upstream');
    return new Promise((resolve) => {
      const s = connect({ host, port });
      const timer = setTimeout(() => done(false), timeoutMs);
      const done = (ok: boolean): void => {
        clearTimeout(timer);
        s.destroy();
        resolve(ok);
      };
      s.once('connect', () => done(true));
      s.once('error', () => done(false));
    });
  }

  private bind(host: string, port: number): Promise<Server> {
    const server = createServer({ allowHalfOpen: true, pauseOnConnect: true }, (socket) => this.accept(socket));
    return new Promise((resolve, reject) => {
      server.once('error', (e: NodeJS.ErrnoException) => {
        const reason = e.code === 'EADDRINUSE' ? 'bind: address already in use' : e.message;
        reject(new SocklabError('SOCKLAB_PROXY_LISTEN_FAILED', { listen: formatHostPort(host, port), reason }));
      });
      server.listen({ host, port, backlog: 4096 }, () => resolve(server));
    });
  }

  private accept(client: Socket): void {
    const id = this.nextId++;
    const link = new Link(id, client, {
      upstream: this.upstream,
      dialTimeoutMs: this.options.dialTimeoutMs,
      toxics: () => this.toxics.all(),
      bytes: (dir, n) => {
        if (dir === 'upstream') this.stats.bytesUpstream += n;
        else this.stats.bytesDownstream += n;
      },
      fired: (l, toxic, what) => {
        this.stats.fired.set(toxic, (this.stats.fired.get(toxic) ?? 0) + 1);
        this.options.onEvent({ kind: 'fired', proxy: this.name, id: l.id, toxic, what });
      },
      closed: (l, reason) => {
        this.links.delete(l);
        this.options.onEvent({ kind: 'closed', proxy: this.name, id: l.id, reason, info: l.info() });
      },
    }, seededRandom(mixSeed(this.options.seed, this.name, id)));
    this.links.add(link);
    this.stats.connections++;
    this.options.onEvent({ kind: 'connection', proxy: this.name, id, client: `${client.remoteAddress ?? '?'}:${client.remotePort ?? '?'}` });
    link.start();
  }

  private rearm(record: ToxicRecord, active: boolean): void {
    this.cleanups.get(record)?.();
    this.cleanups.delete(record);
    if (active && record.toxic.onProxy !== undefined) this.cleanups.set(record, record.toxic.onProxy(this, () => record.attributes));
  }

  private toxicChanged(kind: 'add' | 'update' | 'remove', record: ToxicRecord): void {
    this.rearm(record, kind !== 'remove');
    for (const link of this.links) link.sync(kind === 'update' ? record : undefined);
  }
}
