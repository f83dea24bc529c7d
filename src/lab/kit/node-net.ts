// Node `net` calls recorded on a timeline, so scenarios show what a Node application sees.
import net from 'node:net';
import type { Sandbox } from '../scenario.js';
import type { Endpoint, Timeline } from '../timeline.js';
import { rawListener } from './raw-pair.js';

/** Node's system error fields. */
interface NodeSystemError extends Error {
  readonly code?: string;
  readonly syscall?: string;
}

/** The errno name of a Node error, or its message when it has none. */
export function errorCode(error: unknown): string {
  return (error as NodeSystemError).code ?? String((error as Error).message ?? error);
}

/**
 * Connects with Node's net module, recording the call (as `label`, else `connect` or the failing syscall) and its
 * result with the local port; resolves the socket or null on error.
 */
export function connectRecorded(timeline: Timeline, endpoint: Endpoint, host: string, port: number, localAddress?: string, label?: string): Promise<net.Socket | null> {
  return new Promise((resolve) => {
    const socket = net.connect(localAddress === undefined ? { host, port } : { host, port, localAddress });
    socket.once('connect', () => {
      timeline.call(endpoint, label ?? 'connect', 'ok', `${host}:${port} from local port ${socket.localPort ?? '?'}`);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (error: NodeSystemError) => {
      timeline.call(endpoint, label ?? error.syscall ?? 'connect', errorCode(error), `Node: ${error.message}`);
      resolve(null);
    });
  });
}

/** A Node server listening on the server host (in its namespace) on a kernel-chosen port. */
export function listenOn(sandbox: Sandbox, onConnection?: (socket: net.Socket) => void, backlog = 511): Promise<net.Server> {
  // Node creates its own sockets a tick later, outside `sandbox.on`: hand it a listening socket made on the server.
  const { listener } = rawListener(sandbox, backlog);
  return new Promise((resolve, reject) => {
    const server = net.createServer(onConnection);
    server.once('error', reject);
    server.listen({ fd: listener.release(), backlog }, () => resolve(server));
  });
}

/** The port a listening server is bound to. */
export function portOf(server: net.Server): number {
  return (server.address() as net.AddressInfo).port;
}

/** A port on the server host with no listener: bound and released, so nothing else took it in this namespace. */
export function closedPort(sandbox: Sandbox): number {
  const { listener, port } = rawListener(sandbox);
  listener.close();
  return port;
}

/** How waiting on a socket ended: its error's code (and the error), EOF, or no-error when `timeoutMs` passed; ms is how long it took. */
export interface SocketOutcome {
  readonly result: string;
  readonly error?: unknown;
  readonly ms: number;
}

/** Reads from `socket` until it fails, ends or `timeoutMs` passes; later errors are swallowed (the lab stopped watching). */
export function socketOutcome(socket: net.Socket, timeoutMs: number): Promise<SocketOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (result: string, error?: unknown): void => {
      clearTimeout(timer);
      socket.removeListener('end', onEnd);
      resolve({ result, ms: performance.now() - started, ...(error === undefined ? {} : { error }) });
    };
    const onEnd = (): void => done('EOF');
    const timer = setTimeout(() => done('no-error'), timeoutMs);
    socket.on('error', (error) => done(errorCode(error), error));
    socket.once('end', onEnd);
    socket.resume();
  });
}
