// The HTTP API: Toxiproxy's 13 routes plus /proxies/{p}/connections and /metrics, mapped to the collection.
import type { IncomingMessage, ServerResponse } from 'node:http';
import FindMyWay from 'find-my-way';
import { renderMetrics } from '../metrics.js';
import type { ProxyCollection } from '../proxy-collection.js';
import { parseProxyPatch } from '../proxy-spec.js';
import { proxySnapshot } from '../snapshot.js';
import { toxicJson } from '../toxic-collection.js';
import { readBody } from './read-body.js';
import { errorBody, sendError, sendJson, sendNoContent } from './reply.js';

/** The Toxiproxy version socklab's API reports, so clients enable every feature they gate on version. */
export const TOXIPROXY_COMPAT_VERSION = '2.12.0';

type Params = Record<string, string | undefined>;
type Handler = (req: IncomingMessage, params: Params) => Promise<[number, unknown] | null>;

/** The methods the API routes; another one on a known path is a 405. */
const METHODS = ['GET', 'POST', 'PATCH', 'DELETE'] as const;

/** Build the request handler of the API server. */
export function createApiHandler(proxies: ProxyCollection): (req: IncomingMessage, res: ServerResponse) => void {
  // A path segment must not be empty (Toxiproxy's router): /proxies/ is no route, not the proxy named "".
  const routed = (method: (typeof METHODS)[number], path: string): boolean => {
    const found = router.find(method, path);
    return found !== null && Object.values(found.params).every((v) => v !== '');
  };
  const unrouted = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (METHODS.some((m) => m !== req.method && routed(m, path))) {
      res.writeHead(405, { 'Content-Length': 0 });
      res.end();
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('404 page not found\n');
  };
  const router = FindMyWay({
    // Toxiproxy's router: a trailing slash is another path (404), and names have no length limit of their own.
    ignoreTrailingSlash: false,
    maxParamLength: 1 << 20,
    defaultRoute: unrouted,
  });
  const on = (methods: string | string[], path: string, handler: Handler): void => {
    router.on(methods as 'GET', path, (req, res, params) => {
      if (Object.values(params).some((v) => v === '')) return unrouted(req, res);
      handler(req, params as Params).then(
        (out) => (out === null ? sendNoContent(res) : sendJson(res, out[0], out[1])),
        (error: unknown) => sendError(res, error),
      );
    });
  };
  const proxy = (p: Params) => proxies.get(p.proxy ?? '');

  on('POST', '/reset', async () => (await proxies.reset(), null));
  on('GET', '/proxies', async () => [200, proxies.toJSON()]);
  on('POST', '/proxies', async (req) => [201, (await proxies.create(await readBody(req))).toJSON()]);
  // Toxiproxy answers /populate with {"proxies": [...]} even on error (then beside the error), and null for none.
  on('POST', '/populate', async (req) => {
    try {
      const list = await proxies.populate(await readBody(req));
      return [201, { proxies: list.length === 0 ? null : list.map((p) => p.toJSON()) }];
    } catch (error) {
      const body = errorBody(error);
      return [body.status, { ...body, proxies: null }];
    }
  });
  on('GET', '/proxies/:proxy', async (_req, p) => [200, proxy(p).toJSON()]);
  on(['POST', 'PATCH'], '/proxies/:proxy', async (req, p) => {
    const target = proxy(p);
    await target.update(parseProxyPatch(await readBody(req)));
    return [200, target.toJSON()];
  });
  on('DELETE', '/proxies/:proxy', async (_req, p) => (await proxies.delete(p.proxy ?? ''), null));
  on('GET', '/proxies/:proxy/toxics', async (_req, p) => [200, proxy(p).toxics.all().map(toxicJson)]);
  on('POST', '/proxies/:proxy/toxics', async (req, p) => {
    const target = proxy(p);
    return [200, toxicJson(await target.toxics.add(await readBody(req)))];
  });
  on('GET', '/proxies/:proxy/toxics/:toxic', async (_req, p) => [200, toxicJson(proxy(p).toxics.get(p.toxic ?? ''))]);
  on(['POST', 'PATCH'], '/proxies/:proxy/toxics/:toxic', async (req, p) => {
    const target = proxy(p);
    target.toxics.get(p.toxic ?? '');
    return [200, toxicJson(await target.toxics.update(p.toxic ?? '', await readBody(req)))];
  });
  on('DELETE', '/proxies/:proxy/toxics/:toxic', async (_req, p) => (await proxy(p).toxics.remove(p.toxic ?? ''), null));
  on('GET', '/proxies/:proxy/connections', async (_req, p) => [200, proxy(p).connections()]);

  router.on('GET', '/version', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json;charset=utf-8' });
    res.end(`{"version": "${TOXIPROXY_COMPAT_VERSION}"}\n`);
  });
  router.on('GET', '/metrics', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
    res.end(renderMetrics(proxies.all().map(proxySnapshot)));
  });
  return (req, res) => router.lookup(req, res);
}
