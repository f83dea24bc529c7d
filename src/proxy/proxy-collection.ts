// All proxies of a server: create, get, delete, populate (keep identical, replace changed) and reset.
import { SocklabError } from '../errors/socklab-error.js';
import { Proxy, type ProxyJson, type ProxyOptions } from './proxy.js';

function field(b: Record<string, unknown>, name: string, where = ''): string {
  const v = b[name];
  if (typeof v !== 'string' || v === '') throw new SocklabError('SOCKLAB_PROXY_MISSING_FIELD', { field: `${name}${where}` });
  return v;
}

function asObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: 'expected a JSON object' });
  }
  return body as Record<string, unknown>;
}

/** The proxies of one server, by name. */
export class ProxyCollection {
  private readonly proxies = new Map<string, Proxy>();

  constructor(private readonly options: ProxyOptions) {}

  /** Create and (unless enabled is false) start a proxy; 409 if the name exists. */
  async create(body: unknown): Promise<Proxy> {
    const b = asObject(body);
    const name = field(b, 'name');
    const upstream = field(b, 'upstream');
    if (this.proxies.has(name)) throw new SocklabError('SOCKLAB_PROXY_ALREADY_EXISTS', { name });
    const proxy = new Proxy(name, typeof b.listen === 'string' ? b.listen : '', upstream, this.options);
    if (b.enabled !== false) await proxy.start();
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

  /** Create or replace many proxies; identical ones (same listen and upstream) are kept with their toxics. */
  async populate(body: unknown): Promise<Proxy[]> {
    if (!Array.isArray(body)) throw new SocklabError('SOCKLAB_PROXY_BAD_REQUEST_BODY', { detail: 'expected a JSON array of proxies' });
    const input = body.map((x, i) => {
      const b = asObject(x);
      return { name: field(b, 'name', ` at proxy ${i + 1}`), upstream: field(b, 'upstream', ` at proxy ${i + 1}`), listen: typeof b.listen === 'string' ? b.listen : '', enabled: b.enabled !== false };
    });
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

  /** Re-enable every proxy and remove every toxic. */
  async reset(): Promise<void> {
    for (const p of this.proxies.values()) {
      p.toxics.clear();
      await p.start();
    }
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
