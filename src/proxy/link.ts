// One proxied connection: dials the upstream, wires two pumps, and keeps each toxic's stage in sync with the proxy.
import { connect, type Socket } from 'node:net';
import { parseHostPort } from './address.js';
import { Pump, type ActiveStage } from './pump.js';
import type { RandomSource } from './random.js';
import { sleep } from './sleep.js';
import type { ToxicRecord } from './toxic-collection.js';
import type { LinkControl, Stage, StageContext } from './toxic.js';

/** What a link needs from its proxy. */
export interface LinkHost {
  readonly upstream: string;
  readonly dialTimeoutMs: number;
  toxics(): readonly ToxicRecord[];
  bytes(direction: 'upstream' | 'downstream', n: number): void;
  fired(link: Link, toxic: string, what: string): void;
  closed(link: Link, reason: string): void;
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
}

interface Installed {
  readonly ctl: AbortController;
  readonly stage: Stage | null; // null: the toxicity roll skipped this connection
}

/** A client connection and its upstream. */
export class Link implements LinkControl {
  private upstreamSocket: Socket | undefined;
  private up: Pump | undefined;
  private down: Pump | undefined;
  private readonly installed = new Map<ToxicRecord, Installed>();
  private readonly firedCount: Record<string, number> = {};
  private readonly started = performance.now();
  private bytesUp = 0;
  private bytesDown = 0;
  private done = false;
  private closeWaiting = false;

  constructor(readonly id: number, private readonly client: Socket, private readonly host: LinkHost, private readonly random: RandomSource) {}

  /** Dial the upstream (with a timeout) and start moving data; the client stays paused until then. */
  start(): void {
    const { host, port } = parseHostPort(this.host.upstream, 'upstream');
    const up = connect({ host: host === '0.0.0.0' ? '127.0.0.1' : host, port, allowHalfOpen: true, noDelay: true });
    this.upstreamSocket = up;
    this.client.setNoDelay(true);
    const timer = setTimeout(() => this.finish('upstream dial timeout', () => {
      up.destroy();
      this.client.destroy();
    }), this.host.dialTimeoutMs);
    this.client.on('error', (e: NodeJS.ErrnoException) => this.finish(`client ${e.code ?? e.message}`, () => this.mirrorError(e, up)));
    up.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      this.finish(`upstream ${e.code ?? e.message}`, () => (up.connecting || this.up === undefined ? this.client.destroy() : this.mirrorError(e, this.client)));
    });
    this.client.on('close', () => this.socketClosed());
    up.on('close', () => this.socketClosed());
    up.once('connect', () => {
      clearTimeout(timer);
      if (this.done) return;
      this.up = new Pump(this.client, up, (n) => this.count('upstream', n), (e) => this.fail(e));
      this.down = new Pump(up, this.client, (n) => this.count('downstream', n), (e) => this.fail(e));
      this.client.on('data', () => this.onClientData());
      this.sync();
      this.client.resume();
    });
  }

  /** Bring the installed stages in line with the proxy's toxics (called on every change). */
  sync(changed?: ToxicRecord): void {
    if (this.done || this.up === undefined || this.down === undefined) return;
    const current = new Set(this.host.toxics());
    for (const [record, inst] of this.installed) {
      if (!current.has(record) || record === changed) {
        inst.ctl.abort();
        this.installed.delete(record);
      }
    }
    for (const record of current) if (!this.installed.has(record)) this.install(record);
    const chain = (stream: string): ActiveStage[] =>
      [...current].flatMap((r) => {
        const stage = r.stream === stream ? this.installed.get(r)?.stage : null;
        return stage ? [{ name: r.name, stage }] : [];
      });
    this.up.stages = chain('upstream');
    this.down.stages = chain('downstream');
  }

  private install(record: ToxicRecord): void {
    const ctl = new AbortController();
    const hit = this.random() < record.toxicity;
    const ctx: StageContext = {
      get attributes() { return record.attributes; },
      signal: ctl.signal,
      stream: record.stream,
      link: this,
      random: this.random,
      sleep: (ms) => sleep(ms, ctl.signal),
      fired: (what) => {
        this.firedCount[record.name] = (this.firedCount[record.name] ?? 0) + 1;
        this.host.fired(this, record.name, what);
      },
    };
    this.installed.set(record, { ctl, stage: hit ? record.toxic.stage(ctx) : null });
  }

  /** RST to the client once the bytes already passed on have left Node's buffer. */
  reset(): void {
    const client = this.client;
    const go = (): void => {
      if (!client.destroyed) client.resetAndDestroy();
      this.upstreamSocket?.destroy();
    };
    // writableLength counts bytes libuv has not handed to the kernel yet; 'drain' only follows a full buffer.
    let tries = 0;
    const whenFlushed = (): void => {
      if (client.writableLength === 0 || client.destroyed || ++tries > 500) go();
      else setTimeout(whenFlushed, 1);
    };
    setImmediate(whenFlushed);
  }

  /** FIN both sides after pending writes. */
  close(): void {
    this.client.destroySoon();
    this.upstreamSocket?.destroySoon();
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
    this.finish('proxy stopped', () => {
      this.client.destroy();
      this.upstreamSocket?.destroy();
    });
  }

  /** The /connections view of this link. */
  info(): LinkInfo {
    return {
      id: this.id,
      client: `${this.client.remoteAddress ?? '?'}:${this.client.remotePort ?? '?'}`,
      upstream: this.host.upstream,
      age_ms: Math.round(this.age()),
      bytes_upstream: this.bytesUp,
      bytes_downstream: this.bytesDown,
      toxics: [...this.installed].filter(([, i]) => i.stage !== null).map(([r]) => r.name),
      fired: { ...this.firedCount },
    };
  }

  private onClientData(): void {
    if (!this.closeWaiting || this.client.destroyed) return;
    this.client.resetAndDestroy();
    this.upstreamSocket?.destroySoon();
  }

  private count(direction: 'upstream' | 'downstream', n: number): void {
    if (direction === 'upstream') this.bytesUp += n;
    else this.bytesDown += n;
    this.host.bytes(direction, n);
  }

  private mirrorError(e: NodeJS.ErrnoException, other: Socket | undefined): void {
    if (other === undefined || other.destroyed) return;
    if (e.code === 'ECONNRESET' && other.readyState === 'open') other.resetAndDestroy();
    else other.destroy();
  }

  private fail(error: unknown): void {
    this.finish(`toxic failed: ${String(error)}`, () => {
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
    action();
    if (this.done) return;
    this.done = true;
    for (const inst of this.installed.values()) inst.ctl.abort();
    this.installed.clear();
    this.up?.stop();
    this.down?.stop();
    this.host.closed(this, reason);
  }
}
