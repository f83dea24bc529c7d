// A small client for any Toxiproxy-compatible API (socklab's or Toxiproxy's), used by `socklab toxic`.
import { SocklabError } from '../../errors/socklab-error.js';
import type { ProxyJson } from '../proxy.js';
import type { ToxicJson } from '../toxic-collection.js';

/** Typed calls to a Toxiproxy-compatible server at `base` (e.g. http://127.0.0.1:8474). */
export class ApiClient {
  constructor(readonly base: string) {}

  /** GET /proxies. */
  list(): Promise<Record<string, ProxyJson>> {
    return this.call('GET', '/proxies') as Promise<Record<string, ProxyJson>>;
  }

  /** GET /proxies/{name}. */
  get(name: string): Promise<ProxyJson> {
    return this.call('GET', `/proxies/${encodeURIComponent(name)}`) as Promise<ProxyJson>;
  }

  /** POST /proxies. */
  create(body: { name: string; listen: string; upstream: string; enabled?: boolean }): Promise<ProxyJson> {
    return this.call('POST', '/proxies', body) as Promise<ProxyJson>;
  }

  /** POST /proxies/{name} with a partial body. */
  update(name: string, body: Record<string, unknown>): Promise<ProxyJson> {
    return this.call('POST', `/proxies/${encodeURIComponent(name)}`, body) as Promise<ProxyJson>;
  }

  /** DELETE /proxies/{name}. */
  async delete(name: string): Promise<void> {
    await this.call('DELETE', `/proxies/${encodeURIComponent(name)}`);
  }

  /** POST /proxies/{name}/toxics. */
  addToxic(proxy: string, body: Record<string, unknown>): Promise<ToxicJson> {
    return this.call('POST', `/proxies/${encodeURIComponent(proxy)}/toxics`, body) as Promise<ToxicJson>;
  }

  /** POST /proxies/{proxy}/toxics/{name}. */
  updateToxic(proxy: string, name: string, body: Record<string, unknown>): Promise<ToxicJson> {
    return this.call('POST', `/proxies/${encodeURIComponent(proxy)}/toxics/${encodeURIComponent(name)}`, body) as Promise<ToxicJson>;
  }

  /** DELETE /proxies/{proxy}/toxics/{name}. */
  async removeToxic(proxy: string, name: string): Promise<void> {
    await this.call('DELETE', `/proxies/${encodeURIComponent(proxy)}/toxics/${encodeURIComponent(name)}`);
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const url = `${this.base.replace(/\/$/, '')}${path}`;
    let res: Response;
    try {
      res = await fetch(url, body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
    } catch (e) {
      throw new SocklabError('SOCKLAB_PROXY_SERVER_ERROR', { status: 'no answer', url, reason: (e as Error).cause ?? (e as Error).message });
    }
    const text = await res.text();
    const json = text === '' ? undefined : (JSON.parse(text) as unknown);
    if (!res.ok) {
      const reason = typeof json === 'object' && json !== null && 'error' in json ? String((json as { error: unknown }).error) : text.trim();
      // 400 is the server refusing what we sent (bad toxic type, attribute or stream): a usage error, exit 2.
      throw new SocklabError(res.status === 400 ? 'SOCKLAB_PROXY_REQUEST_REJECTED' : 'SOCKLAB_PROXY_SERVER_ERROR', { status: res.status, url, reason });
    }
    return json;
  }
}
