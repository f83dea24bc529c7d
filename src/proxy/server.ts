// The Toxiproxy-compatible server: the HTTP API on 127.0.0.1:8474 by default, optionally populated from a config file.
import { createServer } from 'node:http';
import { SocklabError } from '../errors/socklab-error.js';
import { hostPort } from '../shared/host-port.js';
import { blockedPortWarning } from '../shared/fetch-blocked-ports.js';
import { listenFailureReason } from '../shared/listen-advice.js';
import { isLoopbackHost } from './api/allowed-hosts.js';
import { requestGuard } from './api/guard.js';
import { sendError } from './api/reply.js';
import { newRequestId } from './api/request-id.js';
import { createApiHandler } from './api/routes.js';
import { loadConfig } from './config-file.js';
import type { ProxyEvent } from './events.js';
import { ProxyCollection } from './proxy-collection.js';

/** Options of startServer. */
export interface ServerOptions {
  readonly host?: string;
  readonly port?: number;
  /** A JSON file in /populate's format, loaded at start (Toxiproxy's -config). */
  readonly config?: string;
  /** Makes toxicity rolls and jitter reproducible. */
  readonly seed?: number;
  /** Upstream dial timeout in ms (default 5000). */
  readonly dialTimeoutMs?: number;
  readonly onEvent?: (event: ProxyEvent) => void;
  /** false: relay every connection through Node, never with splice (default: the fast path where it works). */
  readonly fastPath?: boolean;
  /** Require `Authorization: Bearer <token>` on every API request (for an API that listens beyond loopback). */
  readonly token?: string | undefined;
  /** Host names the API answers to besides its listening address and loopback names ("*": any). */
  readonly allowHosts?: readonly string[] | undefined;
}

/** A running server. */
export interface RunningServer {
  /** Base URL of the API, e.g. http://127.0.0.1:8474. */
  readonly url: string;
  readonly proxies: ProxyCollection;
  /** Set when the API listens beyond loopback without a token (anyone who reaches it can drive it), or on a port fetch() refuses. */
  readonly warning: string | undefined;
  /** Stop the API and every proxy. */
  close(): Promise<void>;
}

/** Start the API server (and the proxies of the config file, if any). */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const proxies = new ProxyCollection({
    seed: options.seed ?? Math.floor(Math.random() * 2 ** 32),
    dialTimeoutMs: options.dialTimeoutMs ?? 5000,
    onEvent: options.onEvent ?? (() => undefined),
    ...(options.fastPath === undefined ? {} : { fastPath: options.fastPath }),
  });
  if (options.config !== undefined) await loadConfig(options.config, proxies);
  const host = options.host ?? '127.0.0.1';
  const api = createApiHandler(proxies);
  const guard = requestGuard({ listenHost: host, token: options.token, allowHosts: options.allowHosts });
  const http = createServer((req, res) => {
    res.setHeader('X-Toxiproxy-Request-Id', newRequestId());
    const refusal = guard(req);
    if (refusal === undefined) return api(req, res);
    req.resume();
    if (refusal.httpStatus === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    sendError(res, refusal);
  });
  http.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', (e) => reject(new SocklabError('SOCKLAB_PROXY_LISTEN_FAILED', { listen: hostPort(host, options.port ?? 8474), reason: listenFailureReason(e, options.port ?? 8474) })));
    http.listen(options.port ?? 8474, host, () => resolve());
  }).catch(async (e: unknown) => {
    await proxies.close(); // the config file's proxies must not outlive a server that never started
    throw e;
  });
  const addr = http.address();
  const port = addr !== null && typeof addr === 'object' ? addr.port : options.port ?? 8474;
  const url = `http://${hostPort(host, port)}`;
  const open = isLoopbackHost(host) || (options.token ?? '') !== ''
    ? undefined
    : `the API at ${url} listens beyond loopback and has no authentication: anyone who reaches it can create proxies to any address. Set a token (--token or SOCKLAB_TOKEN), or listen on 127.0.0.1.`;
  const warnings = [open, blockedPortWarning(url, port)].filter((w) => w !== undefined);
  return {
    url,
    proxies,
    warning: warnings.length === 0 ? undefined : warnings.join(' '),
    close: async () => {
      await proxies.close();
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}
