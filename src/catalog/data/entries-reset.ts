// Catalog entries for connections torn down abruptly: ECONNRESET, ECONNABORTED, EPIPE, ENETRESET.
import type { ErrnoEntryTable } from '../types.js';

/** Errnos that report a connection ended by a reset, an abort or a write after the end. */
export const RESET_ENTRIES = {
  ECONNRESET: {
    name: 'ECONNRESET',
    message: 'Connection reset by peer',
    libuv: 'UV_ECONNRESET',
    node: 'Error: read ECONNRESET',
    summary: 'The other end (or a middlebox speaking for it) sent a TCP RST, so the connection no longer exists.',
    calls: [
      {
        call: 'read',
        cause: 'An RST arrived on an established connection: the peer process closed the socket (or exited) with unread data in its receive buffer, closed with SO_LINGER set to zero, or got data for a socket it had already closed; a load balancer, NAT or firewall that forgot the flow (idle timeout) can send the RST instead of the peer.',
        appSees: 'This read fails with ECONNRESET and any data still queued here from before the RST is discarded; the socket is now closed at TCP level, so a later read returns 0 (EOF) and a later write fails with EPIPE. Node\'s HTTP client reports this, and also a plain EOF before any response, as `Error: socket hang up` with code ECONNRESET.',
        remedy: 'Treat the connection as dead: close it and drop it from any pool. If a request was in flight you cannot know whether the peer processed it. Reduce the cause: keep client idle timeouts shorter than the server\'s or the load balancer\'s, and make servers read the whole request before closing.',
        retry: 'idempotent-only',
      },
      {
        call: 'write',
        cause: 'An RST from the peer was already recorded on the socket (sk_err) when the write was made, typically because an earlier write reached a peer that had closed the connection.',
        appSees: 'This write fails with ECONNRESET (the pending error is reported once and cleared); the next write fails with EPIPE and raises SIGPIPE unless MSG_NOSIGNAL is used (Node always suppresses SIGPIPE).',
        remedy: 'Close the socket and reconnect; resend only requests that are idempotent or that the protocol proves were not processed.',
        retry: 'idempotent-only',
      },
      {
        call: 'connect',
        cause: 'On Linux an RST answering the SYN gives ECONNREFUSED, not ECONNRESET. connect() reports ECONNRESET when another thread disconnected the socket while it was in SYN_SENT (shutdown(), or connect() with AF_UNSPEC): tcp_disconnect() records ECONNRESET for that state.',
        appSees: 'connect() fails; the socket must be closed.',
        remedy: 'Close the socket, create a new one and retry with backoff.',
        retry: 'safe',
      },
    ],
    linuxNotes: [
      {
        claim: 'tcp_reset() maps an incoming RST by state: SYN_SENT gives ECONNREFUSED, CLOSE_WAIT (the peer had already sent FIN) gives EPIPE, an already closed socket ignores it, every other state gives ECONNRESET; the socket then moves to CLOSE through tcp_done().',
        source: 'net/ipv4/tcp_input.c: tcp_reset()',
        scenario: 'peer-abort',
      },
      {
        claim: 'After the peer closed normally (FIN received), a first write still succeeds because it only fills the local send buffer; the peer answers that data with RST. A read then returns 0 (EOF) rather than ECONNRESET, because tcp_recvmsg checks the received FIN (SOCK_DONE) before the pending error, and the RST in CLOSE_WAIT was recorded as EPIPE, not ECONNRESET. The lab scenario checks this ordering.',
        source: 'net/ipv4/tcp.c: tcp_recvmsg_locked(); net/ipv4/tcp_input.c: tcp_reset(), tcp_fin()',
        scenario: 'peer-closed-then-write',
      },
      {
        claim: 'Closing a socket that still has unread received data sends an RST instead of a FIN (RFC 2525 behaviour), so a server that answers and closes without reading the whole request can make the client see ECONNRESET instead of the response.',
        source: 'net/ipv4/tcp.c: __tcp_close()',
        scenario: 'peer-abort',
      },
      {
        claim: 'Accept queue overflow: when the listener\'s accept queue is full, the final ACK of the handshake is dropped (net.ipv4.tcp_abort_on_overflow = 0, the default), so the client believes it is connected while the server keeps the request in SYN_RECV and retransmits SYN-ACK; the client\'s first request then waits and may time out. With tcp_abort_on_overflow = 1 the server answers with RST and the client sees ECONNRESET on its first read or write. A SYN that arrives while the queue is full is dropped, so that client stays in SYN_SENT instead; TcpExt ListenOverflows counts every dropped segment, not connections.',
        source: 'net/ipv4/tcp_minisocks.c: tcp_check_req() (listen_overflow); Documentation/networking/ip-sysctl.rst: tcp_abort_on_overflow',
        scenario: 'accept-queue-overflow',
      },
    ],
    scenarios: ['peer-abort', 'http-keepalive-race', 'server-reboot', 'accept-queue-overflow', 'econnaborted-accept', 'econnaborted-destroy', 'fetch-failed-cause'],
  },
  ECONNABORTED: {
    name: 'ECONNABORTED',
    message: 'Software caused connection abort',
    libuv: 'UV_ECONNABORTED',
    node: 'Error: read ECONNABORTED',
    summary: 'The local stack gave up on the connection itself, not because of a packet from the peer.',
    calls: [
      {
        call: 'accept',
        cause: 'Classic BSD account (Stevens UNP 5.11): the client sent RST after the handshake completed but before the server called accept(), and accept() reports the aborted connection.',
        appSees: 'On BSD-derived systems accept() fails with ECONNABORTED and the listener stays usable. On Linux this case does not produce ECONNABORTED; see the Linux notes.',
        remedy: 'Treat ECONNABORTED from accept() as transient: log it and call accept() again; never close the listening socket because of it.',
        retry: 'safe',
      },
      {
        call: 'read',
        cause: 'The connection was destroyed locally: an administrator ran `ss -K` (SOCK_DESTROY, which calls tcp_abort), or another kernel path aborted the socket.',
        appSees: 'The blocked or next read (or write) fails with ECONNABORTED, once: after it, reads return 0 (EOF) and writes fail with EPIPE. The socket is in CLOSE, and an RST was sent to the peer if the connection was still open.',
        remedy: 'Close the socket and reconnect; find out who killed the connection (ss -K, a connection tracker, a VPN or interface change).',
        retry: 'idempotent-only',
      },
      {
        call: 'connect',
        cause: 'The socket was closed (by RST, timeout, ICMP error or a disconnect from another thread) while connect() was waiting, and no more specific error was pending.',
        appSees: 'connect() fails with ECONNABORTED; the socket cannot be reused.',
        remedy: 'Close the socket and retry the connection with backoff.',
        retry: 'safe',
      },
    ],
    linuxNotes: [
      {
        claim: 'Linux accept() does not return ECONNABORTED for a TCP connection reset while it waited in the accept queue. An RST on a half-open request (SYN_RECV, still a request_sock) makes tcp_check_req() drop the request silently, so accept() never sees it; an RST on a fully established child already in the queue runs tcp_reset() on the child, and accept() then returns that socket normally (__inet_accept() accepts a child already in TCP_CLOSE and does not look at its sk_err), with the first read reporting ECONNRESET (or EOF). accept(2) says Linux passes pending network errors on the new socket as accept() errors; we did not find that in inet_accept()/inet_csk_accept() for TCP, and the lab scenario checks what happens. An ICMP error for a half-open request is handled the same way: tcp_req_err() drops the request silently, its comment noting that POSIX does not want network errors returned from accept().',
        source: 'net/ipv4/af_inet.c: inet_accept(), __inet_accept(); net/ipv4/inet_connection_sock.c: inet_csk_accept(); net/ipv4/tcp_minisocks.c: tcp_check_req(); net/ipv4/tcp_ipv4.c: tcp_req_err(); man 2 accept',
        scenario: 'econnaborted-accept',
      },
      {
        claim: 'Linux reports ECONNABORTED for TCP when the socket is destroyed administratively: SOCK_DESTROY (`ss -K`) reaches tcp_abort(sk, ECONNABORTED), which sets sk_err, sends an RST if the connection was open, and closes the socket (SOCK_DESTROY needs CONFIG_INET_DIAG_DESTROY and CAP_NET_ADMIN). The error is reported once; after it, reads see EOF and writes EPIPE, and the peer sees ECONNRESET from the RST. `ss -K` may print "RTNETLINK answers: Invalid argument" even when the kill worked: that comes from its DCCP query, and `ss -t -K` avoids it.',
        source: 'net/ipv4/tcp.c: tcp_abort(); net/ipv4/tcp_diag.c: tcp_diag_destroy()',
        scenario: 'econnaborted-destroy',
      },
      {
        claim: 'Other Linux TCP paths that give ECONNABORTED: tcp_disconnect() on a socket in TCP_REPAIR mode sets it as the socket error, and __inet_stream_connect() returns it when the socket is already closed and no pending error explains why.',
        source: 'net/ipv4/tcp.c: tcp_disconnect(); net/ipv4/af_inet.c: __inet_stream_connect()',
      },
    ],
    scenarios: ['econnaborted-accept', 'econnaborted-destroy'],
  },
  EPIPE: {
    name: 'EPIPE',
    message: 'Broken pipe',
    libuv: 'UV_EPIPE',
    node: 'Error: write EPIPE',
    summary: 'The application wrote to a connection whose sending side is already closed, by this end or by a reset.',
    calls: [
      {
        call: 'write',
        cause: 'The connection had ended before this write: an earlier RST was already reported (the first error after a reset is ECONNRESET, the following ones EPIPE), the RST arrived in CLOSE_WAIT after the peer\'s FIN, or this end called shutdown(SHUT_WR).',
        appSees: 'write/send fails with EPIPE and the kernel raises SIGPIPE, which kills a C process unless it ignores the signal or passes MSG_NOSIGNAL; Node ignores SIGPIPE and emits an `error` event with EPIPE instead. Every further write fails the same way.',
        remedy: 'Stop writing, close the socket and reconnect. In C, ignore SIGPIPE or pass MSG_NOSIGNAL (SO_NOSIGPIPE on BSD). Check read for EOF before writing on long-lived connections, and do not resend non-idempotent requests blindly.',
        retry: 'idempotent-only',
      },
    ],
    linuxNotes: [
      {
        claim: 'tcp_sendmsg() fails with EPIPE when the socket has an error or SEND_SHUTDOWN; sk_stream_error() then reports a pending socket error first (so the first write after an RST gives ECONNRESET) and sends SIGPIPE for EPIPE unless MSG_NOSIGNAL is set.',
        source: 'net/ipv4/tcp.c: tcp_sendmsg_locked(); net/core/stream.c: sk_stream_error()',
        scenario: 'epipe-sigpipe',
      },
      {
        claim: 'An RST received in CLOSE_WAIT (the peer had sent FIN first) is stored as EPIPE rather than ECONNRESET: after the peer closed normally, the first write still succeeds, and once the RST is back a read returns EOF and further writes fail with EPIPE. Node\'s http client reports the keep-alive variant of this race differently, as "socket hang up" with code ECONNRESET, which Node makes itself from the EOF (lab scenario http-keepalive-race).',
        source: 'net/ipv4/tcp_input.c: tcp_reset()',
        scenario: 'peer-closed-then-write',
      },
    ],
    scenarios: ['epipe-sigpipe', 'peer-closed-then-write', 'econnaborted-destroy', 'server-reboot'],
  },
  ENETRESET: {
    name: 'ENETRESET',
    message: 'Network dropped connection on reset',
    libuv: null,
    node: 'Error: read Unknown system error -102',
    summary: 'The network layer dropped the connection; POSIX ties it to keepalive failure, but Linux TCP does not use it.',
    calls: [
      {
        call: 'read',
        cause: 'POSIX describes it as a connection aborted by the network, and some BSD-derived systems report it on a read or write after keepalive probes went unanswered. Linux TCP does not produce it (see the Linux notes); seeing it on Linux points at another protocol or a non-Linux peer of the code.',
        appSees: 'Where it occurs, the call fails and the connection is gone; later calls fail too.',
        remedy: 'Treat it like ECONNRESET: close the socket and reconnect; on Linux, look for ETIMEDOUT when keepalive gives up.',
        retry: 'idempotent-only',
      },
    ],
    linuxNotes: [
      {
        claim: 'Linux TCP keepalive failure is reported through tcp_write_err() as ETIMEDOUT (or a recorded soft ICMP error), not ENETRESET; we found no TCP path in net/ipv4 that sets ENETRESET. The exact non-TCP users are not verified here.',
        source: 'net/ipv4/tcp_timer.c: tcp_keepalive_timer(), tcp_write_err()',
        scenario: 'keepalive-detects-dead-peer',
      },
    ],
    scenarios: [],
  },
} as const satisfies ErrnoEntryTable;
