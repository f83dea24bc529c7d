// An established RawSocket connection between a scenario's client and server hosts, set up with recorded calls.
import { SocklabError } from '../../errors/socklab-error.js';
import { RawSocket } from '../../sys/raw-socket.js';
import type { SysResult } from '../../sys/sys-result.js';
import type { Sandbox } from '../scenario.js';
import type { Timeline } from '../timeline.js';

/** The three sockets of one connection: the listener, and both ends. */
export interface RawPair {
  readonly listener: RawSocket;
  readonly client: RawSocket;
  readonly server: RawSocket;
  readonly port: number;
}

function must<T>(step: string, result: SysResult<T> | { ok: false; code: string }): T {
  if (!result.ok) throw new SocklabError('SOCKLAB_LAB_SETUP_FAILED', { step, reason: result.code });
  return result.value;
}

/** A listener on the server host, in its namespace (ephemeral port, `backlog`), without connecting anything; `prepare` may set options before bind. */
export function rawListener(sandbox: Sandbox, backlog = 16, prepare?: (listener: RawSocket) => void): { listener: RawSocket; port: number } {
  const listener = sandbox.on('server', () => RawSocket.tcp());
  prepare?.(listener);
  must('bind listener', listener.bind(sandbox.hosts.server, 0));
  must('listen', listener.listen(backlog));
  return { listener, port: must('getsockname', listener.localAddress()).port };
}

/** A client socket bound to the client host, so its packets carry the client's address; `prepare` may set options first. */
export function rawClient(sandbox: Sandbox, prepare?: (socket: RawSocket) => void): RawSocket {
  const client = sandbox.on('client', () => RawSocket.tcp());
  prepare?.(client);
  must('bind client', client.bind(sandbox.hosts.client, 0));
  return client;
}

/** Connects a client to a fresh listener and accepts it; records `connect` and `accept`; throws on setup failure. */
export async function rawPair(timeline: Timeline, sandbox: Sandbox, prepare?: (client: RawSocket) => void, prepareListener?: (listener: RawSocket) => void): Promise<RawPair> {
  const { hosts } = sandbox;
  const { listener, port } = rawListener(sandbox, 16, prepareListener);
  const client = rawClient(sandbox, prepare);
  client.connect(hosts.server, port);
  const connected = await client.connected(3000);
  timeline.call('client', 'connect', connected.ok ? 'ok' : connected.code, `${hosts.server}:${port}`);
  must('connect', connected);
  // The handshake is complete once connect() reports success, so the accept queue already holds the child.
  const server = must('accept', listener.accept());
  timeline.call('server', 'accept', 'ok');
  return { listener, client, server, port };
}
