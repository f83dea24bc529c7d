// Test fixtures for the proxy: loopback upstream servers, a socklab server on a free port, clients and checksums.
import { createHash, randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { after, before } from 'node:test';
import { startServer, type RunningServer } from '../../src/proxy/server.js';
import { RawSocket } from '../../src/sys/raw-socket.js';

/** sha256 hex of a buffer. */
export const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** A deterministic-size random payload. */
export const payload = (n: number): Buffer => randomBytes(n);

/** A loopback upstream server and its "host:port". */
export interface Upstream {
  readonly server: Server;
  readonly address: string;
  readonly port: number;
  readonly sockets: Set<Socket>;
  close(): Promise<void>;
}

/** Start an upstream on 127.0.0.1:0 with the given connection handler (allowHalfOpen on). */
export async function upstream(handler: (s: Socket) => void): Promise<Upstream> {
  const sockets = new Set<Socket>();
  const server = createServer({ allowHalfOpen: true }, (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    handler(s);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    server, sockets, port, address: `127.0.0.1:${port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** An echo upstream: writes back everything, ends when the client ends (half-close aware). */
export const echoUpstream = (): Promise<Upstream> => upstream((s) => s.pipe(s));

/** An upstream that sends `data` on connect, then ends its side. */
export const sendingUpstream = (data: Buffer, end = true): Promise<Upstream> =>
  upstream((s) => {
    s.write(data);
    if (end) s.end();
  });

/** A loopback listener that never accepts, its queue filled: further SYNs are dropped, so a connect() to it hangs. */
export async function blackHole(): Promise<{ readonly port: number; close(): void }> {
  const black = RawSocket.tcp(4);
  black.bind('127.0.0.1', 0);
  black.listen(0);
  const addr = black.localAddress();
  if (!addr.ok) throw new Error(`getsockname failed: ${addr.code}`);
  const port = addr.value.port;
  const fillers = [0, 1, 2].map(() => {
    const f = RawSocket.tcp(4);
    f.connect('127.0.0.1', port);
    return f;
  });
  await new Promise((x) => setTimeout(x, 100));
  return {
    port,
    close: () => {
      for (const f of fillers) f.close();
      black.close();
    },
  };
}

/** A socklab server on a free loopback port. */
export const testServer = (seed = 1): Promise<RunningServer> => startServer({ host: '127.0.0.1', port: 0, seed, dialTimeoutMs: 2000 });

/** For a whole test file: a socklab server and an echo upstream, started before its tests and closed after them. */
export function serverForFile(): { readonly server: RunningServer; readonly up: Upstream } {
  const shared = {} as { server: RunningServer; up: Upstream };
  before(async () => {
    shared.up = await echoUpstream();
    shared.server = await testServer();
  });
  after(async () => {
    await shared.server.close();
    await shared.up.close();
  });
  return shared;
}

/** fetch options for a JSON request body (the API refuses any other Content-Type, as browsers can send those cross-origin). */
export const jsonRequest = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

/** Create a proxy through the API and return its listen port. */
export async function apiProxy(server: RunningServer, name: string, upstreamAddr: string): Promise<number> {
  const res = await fetch(`${server.url}/proxies`, jsonRequest('POST', { name, listen: '127.0.0.1:0', upstream: upstreamAddr }));
  const body = (await res.json()) as { listen: string };
  return Number(body.listen.split(':').pop());
}

/** POST a toxic through the API; returns the status and JSON body. */
export async function apiToxic(server: RunningServer, proxy: string, toxic: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}/proxies/${proxy}/toxics`, jsonRequest('POST', toxic));
  return { status: res.status, body: await res.json() };
}

/** Connect to 127.0.0.1:port. */
export function dial(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port, allowHalfOpen: true });
    s.once('connect', () => resolve(s));
    s.once('error', reject);
  });
}

/** The outcome of reading a socket until it ends or fails. */
export interface ReadResult {
  readonly data: Buffer;
  readonly error: NodeJS.ErrnoException | undefined;
  readonly ms: number;
}

/** Read everything until EOF, error or the deadline (then error.code is 'TEST_DEADLINE'). */
export function readAll(s: Socket, deadlineMs = 5000): Promise<ReadResult> {
  const start = performance.now();
  const parts: Buffer[] = [];
  return new Promise((resolve) => {
    let done = false;
    const finish = (error: NodeJS.ErrnoException | undefined): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve({ data: Buffer.concat(parts), error, ms: performance.now() - start });
    };
    const timer = setTimeout(() => finish(Object.assign(new Error('deadline'), { code: 'TEST_DEADLINE' })), deadlineMs);
    s.on('data', (b: Buffer) => parts.push(b));
    s.once('end', () => finish(undefined));
    s.once('error', (e: NodeJS.ErrnoException) => finish(e));
  });
}

/** Wait until cond() is true or fail after ms. */
export async function waitFor(cond: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw Object.assign(new Error(`timed out waiting for ${what}`), { code: 'TEST_DEADLINE' });
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A server with one proxy "p" in front of `up`; call done() in finally. */
export async function rig(up: Upstream, seed = 1): Promise<{ server: RunningServer; port: number; toxic: (t: unknown) => Promise<{ status: number; body: unknown }>; done: () => Promise<void> }> {
  const server = await testServer(seed);
  const port = await apiProxy(server, 'p', up.address);
  return {
    server, port,
    toxic: (t) => apiToxic(server, 'p', t),
    done: async () => {
      await server.close();
      await up.close();
    },
  };
}

/** DELETE a toxic of proxy "p". */
export async function removeToxic(server: RunningServer, name: string): Promise<number> {
  return (await fetch(`${server.url}/proxies/p/toxics/${name}`, { method: 'DELETE' })).status;
}
