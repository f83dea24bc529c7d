// One reading of this network namespace's TCP sockets, their owners and the listeners' backlogs.
import { listenBacklogs, type ListenBacklogs } from './listen-backlogs.js';
import { readTcpSockets, type TcpSocket } from './proc-net-tcp.js';
import { socketOwners, type SocketOwnerMap } from './socket-owners.js';

/** The sockets of /proc/net/tcp{,6}, who holds each, and the accept-queue limit of each listener. */
export interface SocketSnapshot {
  readonly sockets: readonly TcpSocket[];
  readonly owners: SocketOwnerMap;
  /** Only read when some listener has a non-empty accept queue (spawning `ss` costs ~10 ms); empty otherwise. */
  readonly backlogs: ListenBacklogs;
}

/** Reads the sockets of the network namespace whose /proc is `procRoot`; `filter` narrows them before backlogs are read. */
export function takeSocketSnapshot(procRoot = '/proc', filter?: (s: TcpSocket, owners: SocketOwnerMap) => boolean): SocketSnapshot {
  const all = readTcpSockets(procRoot);
  const owners = socketOwners(procRoot);
  const sockets = filter === undefined ? all : all.filter((s) => filter(s, owners));
  const backlogs = sockets.some((s) => s.state === 'LISTEN' && s.recvQueue > 0) ? listenBacklogs() : new Map<string, number>();
  return { sockets, owners, backlogs };
}
