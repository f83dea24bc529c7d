// In-process proxy for test suites: `await createProxy({ upstream })` listens at once and takes toxics by method.
import type { ProxyEvent } from './events.js';
import type { LinkInfo } from './link.js';
import { Proxy } from './proxy.js';
import { toxicJson, type ToxicJson } from './toxic-collection.js';
import type { Stream } from './toxic.js';
import type { ToxicType } from './toxics/index.js';

/** Options of createProxy. */
export interface CreateProxyOptions {
  /** "host:port" of the real service (loopback in tests). */
  readonly upstream: string;
  /** "host:port" to listen on; default 127.0.0.1:0 (a free port). */
  readonly listen?: string;
  readonly name?: string;
  /** Makes toxicity rolls and jitter reproducible. */
  readonly seed?: number;
  /** Upstream dial timeout in ms (default 5000). */
  readonly dialTimeoutMs?: number;
  readonly onEvent?: (event: ProxyEvent) => void;
}

/** A toxic to add: the same fields as Toxiproxy's API body. */
export interface ToxicSpec {
  readonly type: ToxicType;
  readonly name?: string;
  readonly stream?: Stream;
  readonly toxicity?: number;
  readonly attributes?: Readonly<Record<string, number>>;
}

/** A partial toxic update. */
export interface ToxicPatch {
  readonly toxicity?: number;
  readonly attributes?: Readonly<Record<string, number>>;
}

/** A listening in-process proxy. */
export interface InProcessProxy {
  readonly name: string;
  /** "127.0.0.1:<port>", as bound. */
  readonly listen: string;
  readonly host: string;
  readonly port: number;
  /** Add a toxic (live connections included); throws SocklabError (code SOCKLAB_PROXY_*) when invalid. */
  addToxic(spec: ToxicSpec): ToxicJson;
  /** Change a toxic's attributes or toxicity. */
  updateToxic(name: string, patch: ToxicPatch): ToxicJson;
  /** Remove a toxic; data it was holding moves on at once. */
  removeToxic(name: string): void;
  /** Remove every toxic. */
  clearToxics(): void;
  /** The installed toxics. */
  toxics(): ToxicJson[];
  /** Live connections with bytes each way and the toxics acting on them. */
  connections(): LinkInfo[];
  /** Stop listening and cut every connection (clients see the port refuse). */
  disable(): Promise<void>;
  /** Listen again on the same address. */
  enable(): Promise<void>;
  /** Stop for good. */
  close(): Promise<void>;
}

/** Start a proxy in this process, listening before the promise resolves. */
export async function createProxy(options: CreateProxyOptions): Promise<InProcessProxy> {
  const proxy = new Proxy(options.name ?? 'socklab', options.listen ?? '127.0.0.1:0', options.upstream, {
    seed: options.seed ?? Math.floor(Math.random() * 2 ** 32),
    dialTimeoutMs: options.dialTimeoutMs ?? 5000,
    onEvent: options.onEvent ?? (() => undefined),
  });
  await proxy.start();
  const bound = proxy.listen;
  const port = Number(bound.slice(bound.lastIndexOf(':') + 1));
  return {
    name: proxy.name,
    listen: bound,
    host: bound.slice(0, bound.lastIndexOf(':')).replace(/^\[|\]$/g, ''),
    port,
    addToxic: (spec) => toxicJson(proxy.toxics.add(spec)),
    updateToxic: (name, patch) => toxicJson(proxy.toxics.update(name, patch)),
    removeToxic: (name) => proxy.toxics.remove(name),
    clearToxics: () => proxy.toxics.clear(),
    toxics: () => proxy.toxics.all().map(toxicJson),
    connections: () => proxy.connections(),
    disable: () => proxy.update({ enabled: false }),
    enable: async () => {
      proxy.listen = bound;
      await proxy.update({ enabled: true });
    },
    close: () => proxy.remove(),
  };
}
