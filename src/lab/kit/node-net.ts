// Node `net` calls recorded on a timeline, so scenarios show what a Node application sees.
import net from 'node:net';
import type { Endpoint, Timeline } from '../timeline.js';

/** Node's system error fields. */
interface NodeSystemError extends Error {
  readonly code?: string;
  readonly syscall?: string;
}

/** The errno name of a Node error, or its message when it has none. */
export function errorCode(error: unknown): string {
  return (error as NodeSystemError).code ?? String((error as Error).message ?? error);
}

/** Connects with Node's net module, recording `connect` and its result; resolves the socket or null on error. */
export function connectRecorded(timeline: Timeline, endpoint: Endpoint, host: string, port: number, localAddress?: string): Promise<net.Socket | null> {
  return new Promise((resolve) => {
    const socket = net.connect(localAddress === undefined ? { host, port } : { host, port, localAddress });
    socket.once('connect', () => {
      timeline.call(endpoint, 'connect', 'ok', `${host}:${port}`);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (error: NodeSystemError) => {
      timeline.call(endpoint, error.syscall ?? 'connect', errorCode(error), `Node: ${error.message}`);
      resolve(null);
    });
  });
}

/** Listens on `host` with a kernel-chosen port and resolves the server. */
export function listenOn(host: string, onConnection?: (socket: net.Socket) => void, backlog?: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer(onConnection);
    server.once('error', reject);
    server.listen({ host, port: 0, ...(backlog === undefined ? {} : { backlog }) }, () => resolve(server));
  });
}

/** The port a listening server is bound to. */
export function portOf(server: net.Server): number {
  return (server.address() as net.AddressInfo).port;
}

/** A port on `host` with no listener: bound and released, so nothing else took it in this namespace. */
export async function closedPort(host: string): Promise<number> {
  const server = await listenOn(host);
  const port = portOf(server);
  await new Promise((r) => server.close(r));
  return port;
}
