// A small client for any Toxiproxy-compatible API (socklab's or Toxiproxy's), used by `socklab toxic`.
import { SocklabError } from '../../errors/socklab-error.js';
import { isBlockedPortFailure } from '../../shared/fetch-blocked-ports.js';
import { portOf } from '../../shared/host-port.js';
import { listenFailureText } from '../../shared/listen-advice.js';
import type { ProxyJson } from '../proxy.js';
import type { ToxicJson } from '../toxic-collection.js';

/** The API base URL for `server` as Toxiproxy's tools take it: a scheme is optional (`127.0.0.1:8474`). */
export function serverUrl(server: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(server) ? server : `http://${server}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new SocklabError('SOCKLAB_PROXY_BAD_SERVER_URL', { url: server });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SocklabError('SOCKLAB_PROXY_BAD_SERVER_URL', { url: server });
  return url.href.replace(/\/+$/, '');
}

const NOT_JSON = Symbol('not JSON');

function notToxiproxy(status: number, url: string, what: string): SocklabError {
  return new SocklabError('SOCKLAB_PROXY_SERVER_ERROR', { status, url, reason: `${what}: is this a Toxiproxy-compatible API?` });
}

function isProxyJson(p: unknown): p is ProxyJson {
  const o = p as Partial<Record<keyof ProxyJson, unknown>> | null;
  return typeof o === 'object' && o !== null && typeof o.name === 'string' && typeof o.listen === 'string' && typeof o.upstream === 'string';
}

/** Options of ApiClient. */
export interface ApiClientOptions {
  /** Sent as `Authorization: Bearer <token>` (socklab proxy --token). */
  readonly token?: string | undefined;
}

/** Typed calls to a Toxiproxy-compatible server at `base` (e.g. http://127.0.0.1:8474 or 127.0.0.1:8474). */
export class ApiClient {
  /** The normalised base URL. */
  readonly base: string;

  constructor(base: string, private readonly options: ApiClientOptions = {}) {
    this.base = serverUrl(base);
  }

  /** POST /reset: every proxy enabled, every toxic removed. */
  async reset(): Promise<void> {
    await this.call('POST', '/reset');
  }

  /** GET /proxies. */
  async list(): Promise<Record<string, ProxyJson>> {
    const all = await this.call('GET', '/proxies');
    if (typeof all !== 'object' || all === null || !Object.values(all).every(isProxyJson)) {
      throw notToxiproxy(200, `${this.base}/proxies`, 'the answer is not a map of proxies');
    }
    return all as Record<string, ProxyJson>;
  }

  /** GET /proxies/{name}. */
  async get(name: string): Promise<ProxyJson> {
    const proxy = await this.call('GET', `/proxies/${encodeURIComponent(name)}`);
    if (!isProxyJson(proxy)) throw notToxiproxy(200, `${this.base}/proxies/${encodeURIComponent(name)}`, 'the answer is not a proxy');
    return proxy;
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

  /** GET /proxies/{proxy}/toxics/{name}. */
  toxic(proxy: string, name: string): Promise<ToxicJson> {
    return this.call('GET', `/proxies/${encodeURIComponent(proxy)}/toxics/${encodeURIComponent(name)}`) as Promise<ToxicJson>;
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
    const url = `${this.base}${path}`;
    const headers: Record<string, string> = { 'User-Agent': 'socklab' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.options.token !== undefined && this.options.token !== '') headers.Authorization = `Bearer ${this.options.token}`;
    let res: Response;
    try {
      res = await fetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    } catch (e) {
      if (isBlockedPortFailure(e)) throw new SocklabError('SOCKLAB_PROXY_SERVER_PORT_BLOCKED', { port: new URL(url).port, url: this.base });
      // fetch's own message is only `fetch failed`: the cause says why (ECONNREFUSED, ENOTFOUND).
      const cause = (e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message;
      const reason = `${cause}: is socklab proxy or Toxiproxy running there? Start one with \`socklab proxy\`, or name it with --server or TOXIPROXY_URL`;
      throw new SocklabError('SOCKLAB_PROXY_SERVER_ERROR', { status: 'no answer', url, reason });
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      json = NOT_JSON;
    }
    if (!res.ok) {
      const reason = typeof json === 'object' && json !== null && 'error' in json ? String((json as { error: unknown }).error) : `HTTP ${res.status}`;
      // A proxy that cannot listen (port taken, below 1024): Toxiproxy's words, then the fix, exit 2 as the server's own.
      const listen = /^listen tcp (\S+): (.+)$/.exec(reason);
      if (listen !== null) throw new SocklabError('SOCKLAB_PROXY_LISTEN_FAILED', { listen: listen[1], reason: listenFailureText(listen[2]!, portOf(listen[1]!)) });
      // 400 is the server refusing what we sent (bad toxic type, attribute or stream): a usage error, exit 2.
      throw new SocklabError(res.status === 400 ? 'SOCKLAB_PROXY_REQUEST_REJECTED' : 'SOCKLAB_PROXY_SERVER_ERROR', { status: res.status, url, reason });
    }
    if (json === NOT_JSON) throw notToxiproxy(res.status, url, `the answer is not JSON (${res.headers.get('content-type') ?? 'no content type'})`);
    return json;
  }
}
