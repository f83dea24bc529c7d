// Recognises the socket patterns behind hangs and leaks: CLOSE_WAIT piles, FIN_WAIT2 orphans, unanswered SYNs, retransmissions, full accept queues.
import type { Finding, SocketRef } from './doctor-result.js';
import { errnoLink } from './errno-link.js';
import { endpointKey, type ListenBacklogs } from './listen-backlogs.js';
import type { TcpSocket } from './proc-net-tcp.js';
import type { SocketOwner } from './socket-owners.js';
import { hostPort } from '../shared/host-port.js';

const SAMPLE = 10;

/** The SocketRef of a socket as a finding lists it. */
export function socketRef(s: TcpSocket, backlog?: number | null): SocketRef {
  const ref: SocketRef = {
    local: hostPort(s.localAddress, s.localPort), remote: hostPort(s.remoteAddress, s.remotePort), state: s.state,
    recvQueue: s.recvQueue, sendQueue: s.sendQueue, retransmits: s.retransmits, timer: s.timer, timerMs: s.timerMs, rtoMs: s.rtoMs,
  };
  return backlog === undefined ? ref : { ...ref, backlog };
}

function byOwner(sockets: readonly TcpSocket[], owners: ReadonlyMap<number, SocketOwner>): Map<SocketOwner | null, TcpSocket[]> {
  const groups = new Map<SocketOwner | null, TcpSocket[]>();
  for (const s of sockets) {
    const owner = owners.get(s.inode) ?? null;
    const list = groups.get(owner);
    if (list === undefined) groups.set(owner, [s]);
    else list.push(s);
  }
  return groups;
}

// A reduce, not Math.max(...list): spreading 100,000 sockets would overflow the call stack.
function most(list: readonly TcpSocket[], of: (s: TcpSocket) => number): number {
  return list.reduce((m, s) => Math.max(m, of(s)), 0);
}

function who(owner: SocketOwner | null): string {
  return owner === null ? 'a process doctor cannot see' : `${owner.command} (pid ${owner.pid})`;
}

function perOwner(kind: Finding['kind'], sockets: TcpSocket[], owners: ReadonlyMap<number, SocketOwner>, say: (list: TcpSocket[], owner: SocketOwner | null) => string, errno: string | null, call?: string): Finding[] {
  return [...byOwner(sockets, owners)].map(([owner, list]) => ({
    kind, summary: say(list, owner), owner, count: list.length,
    errno: errno === null ? null : errnoLink(errno, call),
    sockets: list.slice(0, SAMPLE).map((s) => socketRef(s)),
  }));
}

/** Every finding in `sockets`, grouped per owning process where that matters. */
export function findProblems(sockets: readonly TcpSocket[], owners: ReadonlyMap<number, SocketOwner>, backlogs: ListenBacklogs): Finding[] {
  const closeWait = sockets.filter((s) => s.state === 'CLOSE_WAIT');
  const orphans = sockets.filter((s) => s.state === 'FIN_WAIT2' && s.inode === 0);
  const synSent = sockets.filter((s) => s.state === 'SYN_SENT' && s.retransmits > 0);
  const retrans = sockets.filter((s) => s.state !== 'SYN_SENT' && s.state !== 'LISTEN' && s.retransmits > 0);
  const out: Finding[] = [
    ...perOwner('close-wait-leak', closeWait, owners, ({ length: n }, o) => `${n} socket${n === 1 ? '' : 's'} in CLOSE_WAIT held by ${who(o)}: the peer closed and the app never called close(); it leaks a descriptor per connection and writes will fail with EPIPE`, 'EPIPE', 'write'),
    ...perOwner('syn-sent-unanswered', synSent, owners, ({ length: n }, o) => `${n} connect${n === 1 ? '' : 's'} by ${who(o)} in SYN_SENT with retransmitted SYNs: the peer is silent (filtered or down); ETIMEDOUT is coming`, 'ETIMEDOUT', 'connect'),
    ...perOwner('retransmitting', retrans, owners, (list, o) => `${list.length} connection${list.length === 1 ? '' : 's'} of ${who(o)} retransmitting (up to ${most(list, (s) => s.retransmits)} tries in a row, backoff now ${most(list, (s) => s.rtoMs ?? 0)} ms): data is not acknowledged; ETIMEDOUT if it goes on`, 'ETIMEDOUT', 'write'),
  ];
  if (orphans.length > 0) {
    out.push({
      kind: 'fin-wait2-orphans', count: orphans.length, owner: null, errno: null,
      summary: `${orphans.length} orphaned FIN_WAIT2 socket${orphans.length === 1 ? '' : 's'}: closed locally, the peer acknowledged but never sent its FIN; the kernel drops them after tcp_fin_timeout`,
      sockets: orphans.slice(0, SAMPLE).map((s) => socketRef(s)),
    });
  }
  if (backlogs !== null) {
    for (const s of sockets) {
      if (s.state !== 'LISTEN') continue;
      const backlog = backlogs.get(endpointKey(s.localAddress, s.localPort));
      // The kernel refuses new handshakes once ack_backlog > max_ack_backlog (sk_acceptq_is_full()).
      if (backlog === undefined || s.recvQueue < backlog) continue;
      const owner = owners.get(s.inode) ?? null;
      out.push({
        kind: 'accept-queue-full', count: s.recvQueue, owner, errno: errnoLink('ETIMEDOUT', 'connect'),
        summary: `listener ${hostPort(s.localAddress, s.localPort)} of ${who(owner)} has ${s.recvQueue} connections waiting for accept() (backlog ${backlog}): the app is not accepting; new clients' handshakes are dropped (ListenOverflows) and they time out`,
        sockets: [socketRef(s, backlog)],
      });
    }
  }
  return out.sort((a, b) => b.count - a.count);
}
