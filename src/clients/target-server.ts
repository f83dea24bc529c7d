// The server the matrix's requests are aimed at: HTTP on loopback, counting what its application receives per path.
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

/** How the target server answers. */
export interface TargetServerOptions {
  /** Body bytes of each response (default 2: `ok`). */
  readonly bodyBytes?: number;
  /**
   * Close the connection, unanswered and uncounted, when a request arrives on a connection that already served one:
   * what a client meets when the server's idle timeout closed its pooled connection as the request went out.
   */
  readonly dropReused?: boolean;
}

/** A listening target server. */
export interface TargetServer {
  readonly port: number;
  /** Requests for `path` the application received (headers and body read). */
  received(path: string): number;
  close(): Promise<void>;
}

/** Starts a target server on 127.0.0.1 and an ephemeral port. */
export async function startTargetServer(options: TargetServerOptions = {}): Promise<TargetServer> {
  const counts = new Map<string, number>();
  const served = new WeakSet<object>();
  const body = options.bodyBytes === undefined ? 'ok' : 'x'.repeat(options.bodyBytes);
  const server = http.createServer((req, res) => {
    if (options.dropReused === true && served.has(req.socket)) {
      req.socket.destroy();
      return;
    }
    req.resume();
    req.on('end', () => {
      counts.set(req.url ?? '', (counts.get(req.url ?? '') ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) });
      res.end(body, () => served.add(req.socket));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    received: (path) => counts.get(path) ?? 0,
    close: async () => {
      const closed = once(server, 'close');
      server.close();
      server.closeAllConnections();
      await closed;
    },
  };
}
