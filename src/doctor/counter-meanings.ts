// Data: what each kernel TCP counter means for applications, with where the kernel defines, names and increments it.
import type { ErrnoName } from '../catalog/types.js';

/** What one counter means; `{n}` in the texts is replaced by the delta (spelled out up to ten). */
export interface CounterMeaning {
  /** `Group:Name` as /proc/net/snmp or /proc/net/netstat print it (names from net/ipv4/proc.c). */
  readonly key: string;
  /** The enum in include/uapi/linux/snmp.h. */
  readonly mib: string;
  /** Kernel file and function that increment it. */
  readonly incrementedIn: string;
  /** Sentence for a delta of one. */
  readonly one: string;
  /** Sentence for a delta above one. */
  readonly many: string;
  /** The errno an application sees because of it, linked to the catalog; null when none surfaces. */
  readonly errno: ErrnoName | null;
}

/** The counters doctor watches, most alarming first. */
export const COUNTER_MEANINGS = [
  {
    key: 'TcpExt:ListenOverflows', mib: 'LINUX_MIB_LISTENOVERFLOWS',
    incrementedIn: 'net/ipv4/tcp_ipv4.c: tcp_v4_syn_recv_sock(); net/ipv4/tcp_input.c: tcp_conn_request() (accept queue full)',
    one: 'one connection arrived while an accept queue was full: the client\'s handshake is dropped and retried, slow connect or ETIMEDOUT',
    many: '{n} connections arrived while an accept queue was full: their handshakes were dropped; clients see slow connects, then ETIMEDOUT',
    errno: 'ETIMEDOUT',
  },
  {
    key: 'TcpExt:ListenDrops', mib: 'LINUX_MIB_LISTENDROPS',
    incrementedIn: 'include/net/tcp.h: tcp_listendrop(), called from tcp_v4_syn_recv_sock() and tcp_conn_request()',
    one: 'one incoming SYN or handshake was dropped by a listener (overflow, memory or no route)',
    many: '{n} incoming SYNs or handshakes were dropped by listeners (overflow, memory or no route)',
    errno: 'ETIMEDOUT',
  },
  {
    key: 'TcpExt:TCPReqQFullDrop', mib: 'LINUX_MIB_TCPREQQFULLDROP',
    incrementedIn: 'net/ipv4/tcp_input.c: tcp_syn_flood_action() from tcp_conn_request() (SYN queue full, no syncookies)',
    one: 'one SYN was dropped because a SYN queue was full',
    many: '{n} SYNs were dropped because SYN queues were full',
    errno: 'ETIMEDOUT',
  },
  {
    key: 'TcpExt:TCPAbortOnTimeout', mib: 'LINUX_MIB_TCPABORTONTIMEOUT',
    incrementedIn: 'net/ipv4/tcp_timer.c: tcp_write_timeout(), tcp_probe_timer(), tcp_keepalive_timer() (retries exhausted)',
    one: 'one local connection just failed with ETIMEDOUT: the peer stopped acknowledging and the retransmission timer gave up',
    many: '{n} local connections just failed with ETIMEDOUT: peers stopped acknowledging and the retransmission timer gave up',
    errno: 'ETIMEDOUT',
  },
  {
    key: 'TcpExt:TCPAbortOnClose', mib: 'LINUX_MIB_TCPABORTONCLOSE',
    incrementedIn: 'net/ipv4/tcp.c: __tcp_close() (closed with unread data: RST instead of FIN)',
    one: 'one local socket was closed with unread data, so the kernel sent RST: the peer sees ECONNRESET',
    many: '{n} local sockets were closed with unread data, so the kernel sent RST: their peers see ECONNRESET',
    errno: 'ECONNRESET',
  },
  {
    key: 'TcpExt:TCPAbortOnData', mib: 'LINUX_MIB_TCPABORTONDATA',
    incrementedIn: 'net/ipv4/tcp_input.c: tcp_rcv_state_process() (data after close in FIN_WAIT1/2); net/ipv4/tcp.c: __tcp_close() (SO_LINGER 0)',
    one: 'one connection was reset because data arrived after the local app closed it (or closed with SO_LINGER 0): the peer sees ECONNRESET',
    many: '{n} connections were reset because data arrived after the local app closed them (or SO_LINGER 0): peers see ECONNRESET',
    errno: 'ECONNRESET',
  },
  {
    key: 'TcpExt:TCPAbortOnLinger', mib: 'LINUX_MIB_TCPABORTONLINGER',
    incrementedIn: 'net/ipv4/tcp.c: __tcp_close(); net/ipv4/tcp_input.c: tcp_rcv_state_process(); net/ipv4/tcp_timer.c: tcp_keepalive_timer() (FIN_WAIT2 with linger2 < 0 or past tcp_fin_timeout)',
    one: 'one orphaned FIN_WAIT2 connection was reset after tcp_fin_timeout',
    many: '{n} orphaned FIN_WAIT2 connections were reset after tcp_fin_timeout',
    errno: 'ECONNRESET',
  },
  {
    key: 'TcpExt:TCPAbortOnMemory', mib: 'LINUX_MIB_TCPABORTONMEMORY',
    incrementedIn: 'net/ipv4/tcp_timer.c: tcp_out_of_resources(); net/ipv4/tcp.c: __tcp_close() (too many orphans or TCP memory pressure)',
    one: 'one connection was reset because of too many orphans or TCP memory pressure: the peer sees ECONNRESET',
    many: '{n} connections were reset because of too many orphans or TCP memory pressure: peers see ECONNRESET',
    errno: 'ECONNRESET',
  },
  {
    key: 'Tcp:AttemptFails', mib: 'TCP_MIB_ATTEMPTFAILS',
    incrementedIn: 'net/ipv4/tcp.c: tcp_done() (from SYN_SENT or SYN_RECV); net/ipv4/tcp_minisocks.c: tcp_check_req() (embryonic reset)',
    one: 'one connection attempt failed (refused, timed out or unreachable): connect() saw ECONNREFUSED, ETIMEDOUT or EHOSTUNREACH',
    many: '{n} connection attempts failed (refused, timed out or unreachable): connect() saw ECONNREFUSED, ETIMEDOUT or EHOSTUNREACH',
    errno: 'ECONNREFUSED',
  },
  {
    key: 'Tcp:EstabResets', mib: 'TCP_MIB_ESTABRESETS',
    incrementedIn: 'net/ipv4/tcp.c: tcp_set_state() (ESTABLISHED or CLOSE_WAIT straight to CLOSE)',
    one: 'one established connection was torn down abruptly (RST or timeout): reads and writes on it fail with ECONNRESET, EPIPE or ETIMEDOUT',
    many: '{n} established connections were torn down abruptly (RST or timeout): reads and writes fail with ECONNRESET, EPIPE or ETIMEDOUT',
    errno: 'ECONNRESET',
  },
  {
    key: 'Tcp:OutRsts', mib: 'TCP_MIB_OUTRSTS',
    incrementedIn: 'net/ipv4/tcp_ipv4.c: tcp_v4_send_reset(); net/ipv4/tcp_output.c: tcp_send_active_reset()',
    one: 'this host sent one RST: a peer saw ECONNREFUSED (SYN to a closed port) or ECONNRESET',
    many: 'this host sent {n} RSTs: peers saw ECONNREFUSED (SYNs to closed ports) or ECONNRESET',
    errno: 'ECONNREFUSED',
  },
  {
    key: 'TcpExt:TCPTimeouts', mib: 'LINUX_MIB_TCPTIMEOUTS',
    incrementedIn: 'net/ipv4/tcp_timer.c: tcp_retransmit_timer() (RTO fired)',
    one: 'one retransmission timeout fired: a connection stalled for at least 200 ms waiting for an ACK',
    many: '{n} retransmission timeouts fired: connections stalled for 200 ms or more waiting for ACKs; ETIMEDOUT follows if it goes on',
    errno: null,
  },
  {
    key: 'TcpExt:TCPSynRetrans', mib: 'LINUX_MIB_TCPSYNRETRANS',
    incrementedIn: 'net/ipv4/tcp_output.c: __tcp_retransmit_skb() (segment carries SYN)',
    one: 'one SYN was retransmitted: a connect() is waiting on a silent peer (1 s, 3 s, 7 s... then ETIMEDOUT)',
    many: '{n} SYNs were retransmitted: connect() calls are waiting on silent peers (1 s, 3 s, 7 s... then ETIMEDOUT)',
    errno: 'ETIMEDOUT',
  },
  {
    key: 'Tcp:RetransSegs', mib: 'TCP_MIB_RETRANSSEGS',
    incrementedIn: 'net/ipv4/tcp_output.c: __tcp_retransmit_skb()',
    one: 'one segment was retransmitted: a packet or its ACK was lost',
    many: '{n} segments were retransmitted: packets or ACKs are being lost (latency for the apps)',
    errno: null,
  },
  {
    key: 'TcpExt:TCPBacklogDrop', mib: 'LINUX_MIB_TCPBACKLOGDROP',
    incrementedIn: 'net/ipv4/tcp_ipv4.c: tcp_add_backlog() (socket owned by a busy user and its backlog full)',
    one: 'one incoming segment was dropped because a busy socket\'s backlog was full',
    many: '{n} incoming segments were dropped because busy sockets\' backlogs were full',
    errno: null,
  },
] as const satisfies readonly CounterMeaning[];
