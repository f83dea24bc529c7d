// In-process proxy for test suites: `await createProxy({ upstream })` listens at once and takes toxics by method.
import { isSocklabError } from '../errors/is-socklab-error.js';
import type { ProxyEvent } from './events.js';
import type { LinkInfo } from './link.js';
import { Proxy } from './proxy.js';
import { proxySnapshot, type ProxySnapshot } from './snapshot.js';
import { toxicJson, type ToxicJson } from './toxic-collection.js';
import type { Stream } from './toxic.js';
import type { ToxicAttributes, ToxicType } from './toxics/index.js';

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
  /** false: relay every connection through Node, never with splice (default: the fast path where it works). */
  readonly fastPath?: boolean;
}

/** A toxic to add: the same fields as Toxiproxy's API body, with each type's attribute names checked by the compiler. */
export type ToxicSpec = {
  readonly [T in ToxicType]: {
    readonly type: T;
    readonly name?: string;
    readonly stream?: Stream;
    readonly toxicity?: number;
    readonly attributes?: ToxicAttributes<T>;
  };
}[ToxicType];

/** A partial toxic update. */
export interface ToxicPatch {
  readonly toxicity?: number;
  readonly attributes?: Readonly<Record<string, number>>;
}

/** A listening in-process proxy. Toxic methods resolve once the change is in force on every connection. */
export interface InProcessProxy {
  readonly name: string;
  /** "127.0.0.1:<port>", as bound. */
  readonly listen: string;
  readonly host: string;
  readonly port: number;
  /** Add a toxic (live connections included); rejects with a SocklabError (code SOCKLAB_PROXY_*) when invalid. */
  addToxic(spec: ToxicSpec): Promise<ToxicJson>;
  /** Change a toxic's attributes or toxicity. */
  updateToxic(name: string, patch: ToxicPatch): Promise<ToxicJson>;
  /** Remove a toxic; data it was holding moves on at once (a toxic that dropped data closes its connections). */
  removeToxic(name: string): Promise<void>;
  /** Remove every toxic. */
  clearToxics(): Promise<void>;
  /** Add a toxic, run fn, and remove the toxic however fn ends; resolves to what fn returns. */
  withToxic<R>(spec: ToxicSpec, fn: (toxic: ToxicJson) => R | Promise<R>): Promise<R>;
  /** The installed toxics. */
  toxics(): ToxicJson[];
  /** Live connections with bytes each way and the toxics acting on them. */
  connections(): LinkInfo[];
  /** Counters, toxics and firings as plain data. */
  snapshot(): ProxySnapshot;
  /** Stop listening and cut every connection (clients see the port refuse). */
  disable(): Promise<void>;
  /** Listen again on the same address. */
  enable(): Promise<void>;
  /** Stop for good: listener closed, connections cut, toxics removed; safe to call twice. */
  close(): Promise<void>;
}

/** Start a proxy in this process, listening before the promise resolves. */
export async function createProxy(options: CreateProxyOptions): Promise<InProcessProxy> {
  const proxy = new Proxy(options.name ?? 'socklab', options.listen ?? '127.0.0.1:0', options.upstream, {
    seed: options.seed ?? Math.floor(Math.random() * 2 ** 32),
    dialTimeoutMs: options.dialTimeoutMs ?? 5000,
    onEvent: options.onEvent ?? (() => undefined),
    ...(options.fastPath === undefined ? {} : { fastPath: options.fastPath }),
  });
  await proxy.start();
  const bound = proxy.listen;
  const addToxic = async (spec: ToxicSpec): Promise<ToxicJson> => toxicJson(await proxy.toxics.add(spec));
  return {
    name: proxy.name,
    listen: bound,
    host: bound.slice(0, bound.lastIndexOf(':')).replace(/^\[|\]$/g, ''),
    port: Number(bound.slice(bound.lastIndexOf(':') + 1)),
    addToxic,
    updateToxic: async (name, patch) => toxicJson(await proxy.toxics.update(name, patch)),
    removeToxic: (name) => proxy.toxics.remove(name),
    clearToxics: () => proxy.toxics.clear(),
    withToxic: async (spec, fn) => {
      const toxic = await addToxic(spec);
      try {
        return await fn(toxic);
      } finally {
        await proxy.toxics.remove(toxic.name).catch((e: unknown) => {
          if (!isSocklabError(e) || e.code !== 'SOCKLAB_PROXY_TOXIC_NOT_FOUND') throw e; // fn removed it already
        });
      }
    },
    toxics: () => proxy.toxics.all().map(toxicJson),
    connections: () => proxy.connections(),
    snapshot: () => proxySnapshot(proxy),
    disable: () => proxy.update({ enabled: false }),
    enable: () => proxy.update({ enabled: true }),
    close: () => proxy.remove(),
  };
}
