// All proxies of a server: create, get, delete, populate (keep identical, replace changed) and reset.
import { SocklabError } from '../errors/socklab-error.js';
import { Proxy, type ProxyJson, type ProxyOptions } from './proxy.js';
import { parseProxyCreate, parseProxyList } from './proxy-spec.js';

/** The proxies of one server, by name. */
export class ProxyCollection {
  private readonly proxies = new Map<string, Proxy>();

  constructor(private readonly options: ProxyOptions) {}

  /** Create and (unless enabled is false) start a proxy; 409 if the name exists. */
  async create(body: unknown): Promise<Proxy> {
    const { name, listen, upstream, enabled } = parseProxyCreate(body);
    if (this.proxies.has(name)) throw new SocklabError('SOCKLAB_PROXY_ALREADY_EXISTS', { name });
    const proxy = new Proxy(name, listen, upstream, this.options);
    if (enabled) await proxy.start();
    this.proxies.set(name, proxy);
    return proxy;
  }

  /** One proxy, or 404. */
  get(name: string): Proxy {
    const p = this.proxies.get(name);
    if (p === undefined) throw new SocklabError('SOCKLAB_PROXY_NOT_FOUND', { name });
    return p;
  }

  /** Every proxy, sorted by name as Go prints its map. */
  all(): Proxy[] {
    return [...this.proxies.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Stop and forget a proxy. */
  async delete(name: string): Promise<void> {
    const p = this.get(name);
    this.proxies.delete(name);
    await p.remove();
  }

  /**
   * Create or replace many proxies; identical ones (same listen and upstream) are kept with their toxics.
   * `strict` (config files): unknown fields and repeated names are refused instead of ignored.
   */
  async populate(body: unknown, strict = false): Promise<Proxy[]> {
    const input = parseProxyList(body, strict);
    const out: Proxy[] = [];
    for (const item of input) {
      const existing = this.proxies.get(item.name);
      if (existing !== undefined && !existing.differs(item.listen, item.upstream)) {
        out.push(existing);
        continue;
      }
      if (existing !== undefined) await existing.remove();
      const proxy = new Proxy(item.name, item.listen, item.upstream, this.options);
      if (item.enabled) await proxy.start();
      this.proxies.set(item.name, proxy);
      out.push(proxy);
    }
    return out;
  }

  /** Re-enable every proxy and remove every toxic; one proxy that cannot listen does not stop the others. */
  async reset(): Promise<void> {
    const failures: unknown[] = [];
    for (const p of this.proxies.values()) {
      await p.toxics.clear();
      await p.start().catch((e: unknown) => failures.push(e));
    }
    if (failures.length > 0) throw failures[0];
  }

  /** Stop everything (server shutdown). */
  async close(): Promise<void> {
    for (const p of this.proxies.values()) await p.remove();
  }

  /** The API view of every proxy, keyed by name. */
  toJSON(): Record<string, ProxyJson> {
    return Object.fromEntries(this.all().map((p) => [p.name, p.toJSON()]));
  }
}
