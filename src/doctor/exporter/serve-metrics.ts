// An HTTP server for Prometheus: /metrics renders one fresh reading of doctorMetrics(), /healthz answers ok.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { SocklabError } from '../../errors/socklab-error.js';
import { hostPort } from '../../shared/host-port.js';
import { blockedPortWarning } from '../../shared/fetch-blocked-ports.js';
import { listenFailureReason } from '../../shared/listen-advice.js';
import { doctorMetrics, type DoctorMetricsOptions } from './doctor-metrics.js';

/** Where to listen, and how many labelled series to keep. */
export interface ServeMetricsOptions extends DoctorMetricsOptions {
  /** Default 127.0.0.1: the metrics name processes and ports, so they stay on this host unless asked otherwise. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port: number;
}

/** A running exporter. */
export interface MetricsServer {
  readonly url: string;
  /** Set when the address is reachable from other hosts (the endpoint has no authentication), or on a port browsers refuse. */
  readonly warning?: string;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** Starts the exporter; resolves once it listens. Scrapes arriving together share one reading of /proc. */
export async function serveMetrics(options: ServeMetricsOptions): Promise<MetricsServer> {
  const metrics = doctorMetrics(options);
  let inFlight: Promise<string> | undefined;
  const render = (): Promise<string> => {
    inFlight ??= (async () => {
      metrics.collect();
      return metrics.registry.metrics();
    })().finally(() => (inFlight = undefined));
    return inFlight;
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/metrics') {
      const body = await render();
      res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(req.method === 'HEAD' ? undefined : body);
    } else if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('ok\n');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('socklab doctor serves /metrics and /healthz\n');
    }
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`reading /proc failed: ${(error as Error).message}\n`);
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(new SocklabError('SOCKLAB_DOCTOR_SERVE_FAILED', { listen: hostPort(host, options.port), reason: listenFailureReason(e, options.port) }, { cause: e })));
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as { port: number };
  const shown = isIP(host) === 6 ? `[${host}]` : host;
  const url = `http://${shown}:${port}`;
  const open = LOOPBACK.test(host) ? undefined : `listening on ${host}: anyone who can reach this address can read which processes hold which connections (the endpoint has no authentication)`;
  const warning = [open, blockedPortWarning(url, port)].filter((w) => w !== undefined).join('. ');
  return {
    url,
    ...(warning === '' ? {} : { warning }),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
