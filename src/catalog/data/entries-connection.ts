// Catalog entries for connection setup and state: ECONNREFUSED, ETIMEDOUT, ENOTCONN, ESHUTDOWN, EISCONN, EALREADY, EINPROGRESS.
import type { ErrnoEntryTable } from '../types.js';

/** Errnos about establishing a connection, timing it out, or using it in the wrong state. */
export const CONNECTION_ENTRIES = {
  ECONNREFUSED: {
    name: 'ECONNREFUSED',
    message: 'Connection refused',
    libuv: 'UV_ECONNREFUSED',
    node: 'Error: connect ECONNREFUSED 127.0.0.1:5432',
    summary: 'The target host answered the SYN with an RST: nothing listens on that address and port.',
    calls: [
      {
        call: 'connect',
        cause: 'The SYN reached a host that has no listening socket on that port (service down, restarting, bound to another address such as 127.0.0.1 instead of 0.0.0.0, or the wrong port), so its kernel answered with RST; a firewall rule with `REJECT --reject-with tcp-reset`, or an ICMP port-unreachable, has the same effect.',
        appSees: 'connect() fails at once (one round trip) with ECONNREFUSED; the socket cannot be reused.',
        remedy: 'Check the address, port and that the server is up and listening on that interface (`ss -ltn`). During deploys and restarts retry with exponential backoff and a cap; nothing was sent, so any request may be retried.',
        retry: 'safe',
      },
      {
        call: 'read',
        cause: 'On a connected UDP socket, an ICMP port unreachable came back for an earlier datagram. For TCP this appears on read only for a non-blocking connect whose handshake was refused.',
        appSees: 'The first read (or getsockopt(SO_ERROR) after a non-blocking connect) reports ECONNREFUSED.',
        remedy: 'As for connect(): verify the server, then retry with backoff.',
        retry: 'safe',
      },
    ],
    linuxNotes: [
      {
        claim: 'An RST received in SYN_SENT is reported as ECONNREFUSED by tcp_reset(). An ICMP error during the handshake is a hard error too: tcp_v4_err() sets sk_err and ends the connect at once, for port unreachable (ECONNREFUSED) as well as for host or net unreachable.',
        source: 'net/ipv4/tcp_input.c: tcp_reset(); net/ipv4/tcp_ipv4.c: tcp_v4_err()',
        scenario: 'econnrefused',
      },
    ],
    scenarios: ['econnrefused', 'server-reboot', 'happy-eyeballs-etimedout', 'fetch-failed-cause'],
  },
  ETIMEDOUT: {
    name: 'ETIMEDOUT',
    message: 'Connection timed out',
    libuv: 'UV_ETIMEDOUT',
    node: 'Error: connect ETIMEDOUT 10.0.0.5:443',
    summary: 'A kernel TCP timer gave up: the SYN, data or keepalive probes were retransmitted and never acknowledged.',
    calls: [
      {
        call: 'connect',
        cause: 'The SYNs got no answer at all (host powered off, packets silently dropped by a firewall or security group, wrong address that nobody owns on a routed network); after net.ipv4.tcp_syn_retries retransmissions the kernel gives up.',
        appSees: 'connect() blocks (or the non-blocking connect stays pending) for the whole SYN retry time, about two minutes with defaults, then fails with ETIMEDOUT. Node shows `connect ETIMEDOUT host:port`.',
        remedy: 'Set an application connect timeout much shorter than the kernel default (a few seconds), check firewalls and security groups (a DROP rule causes this, a REJECT would give ECONNREFUSED or EHOSTUNREACH), and retry with backoff or try another address.',
        retry: 'safe',
      },
      {
        call: 'read',
        cause: 'On an established connection, sent data was retransmitted net.ipv4.tcp_retries2 times without an ACK (peer host crashed or vanished, path broken), or TCP_USER_TIMEOUT expired, or keepalive probes went unanswered; tcp_write_err() then closes the socket.',
        appSees: 'A blocked read, or the next read or write, fails with ETIMEDOUT (or with EHOSTUNREACH/ENETUNREACH if an ICMP error was recorded meanwhile); later calls see EOF on read and EPIPE on write.',
        remedy: 'Detect dead peers sooner: set TCP_USER_TIMEOUT and/or keepalive (TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT), or use application heartbeats and read deadlines. Then close, reconnect and resend only idempotent work.',
        retry: 'idempotent-only',
      },
      {
        call: 'write',
        cause: 'Same timers as for read: the retransmission or user timeout expired before this write, and the error was waiting on the socket.',
        appSees: 'write fails with ETIMEDOUT once; later writes fail with EPIPE.',
        remedy: 'Close and reconnect; bound how much unacknowledged data you keep in flight and use TCP_USER_TIMEOUT to bound the wait.',
        retry: 'idempotent-only',
      },
    ],
    linuxNotes: [
      {
        claim: 'With net.ipv4.tcp_retries2 = 15 (the default) an established connection whose data is never acknowledged is given up after a computed time that ip-sysctl documents as about 924.6 s (RTO doubling from 200 ms up to 120 s); the limit is a time derived from the retry count, not a count of packets, and the connection actually dies at the first RTO past it, so expect roughly 15-16 minutes.',
        source: 'net/ipv4/tcp_timer.c: tcp_write_timeout(), retransmits_timed_out(); Documentation/networking/ip-sysctl.rst: tcp_retries2',
        scenario: 'etimedout-host-crash',
      },
      {
        claim: 'For a connecting socket two limits apply and the first reached ends the connect: a count (tcp_syn_retries, or TCP_SYNCNT per socket, plus net.ipv4.tcp_syn_linear_timeouts extra SYNs where the kernel has that sysctl) and a time budget computed by retransmits_timed_out() through tcp_model_timeout() from a 1 s base. Without linear timeouts the default 6 gives about 127 s (1+2+4+8+16+32+64); with tcp_syn_linear_timeouts 4 (this lab\'s 6.18 kernel) about 131 s nominal, 11 SYNs at 0,1,2,3,4,5,7,11,19,35,67 s, and ETIMEDOUT measured after 134.8 s. With tcp_syn_retries 1 the lab\'s connect fails after 3 s by the time budget, although the count would have allowed more SYNs.',
        source: 'net/ipv4/tcp_timer.c: tcp_write_timeout(); Documentation/networking/ip-sysctl.rst: tcp_syn_retries; man 7 tcp (TCP_SYNCNT)',
        scenario: 'etimedout-connect',
      },
      {
        claim: 'A peer that keeps answering zero-window probes (its application stopped reading) is never timed out by tcp_retries2: the probe timer resets its count on every ACK, as RFC 1122 requires. Only TCP_USER_TIMEOUT, or an orphaned socket, ends such a connection with ETIMEDOUT; otherwise writes just block or return EAGAIN.',
        source: 'net/ipv4/tcp_timer.c: tcp_probe_timer()',
      },
      {
        claim: 'Keepalive sends no probe while sent data waits for its ACK (tcp_keepalive_timer() just re-arms), so with data in flight a dead peer is found only by the retransmission limit, about 924.6 s by default, whatever the keepalive settings. TCP_USER_TIMEOUT (milliseconds) replaces the retries2 computation for established connections (the RTO is clamped so the error comes on time) and also bounds keepalive: once that long has passed without an answer and a probe is out, the connection is closed with ETIMEDOUT, before TCP_KEEPCNT probes.',
        source: 'man 7 tcp (TCP_USER_TIMEOUT); net/ipv4/tcp_timer.c: tcp_write_timeout(), tcp_clamp_rto_to_user_timeout(), tcp_keepalive_timer()',
        scenario: 'user-timeout-vs-keepalive',
      },
      {
        claim: 'When the timer gives up, tcp_write_err() stores sk_err_soft if an ICMP error was recorded earlier, and ETIMEDOUT only otherwise, so the application can see EHOSTUNREACH or ENETUNREACH where the BSD account predicts ETIMEDOUT.',
        source: 'net/ipv4/tcp_timer.c: tcp_write_err()',
        scenario: 'ehostunreach-established',
      },
    ],
    scenarios: ['etimedout-connect', 'etimedout-host-crash', 'keepalive-detects-dead-peer', 'heartbeat-detects-dead-peer', 'keepalive-sub-second', 'user-timeout-vs-keepalive', 'happy-eyeballs-etimedout'],
  },
  ENOTCONN: {
    name: 'ENOTCONN',
    message: 'Transport endpoint is not connected',
    libuv: 'UV_ENOTCONN',
    node: 'Error: shutdown ENOTCONN',
    summary: 'The call needs a connected socket, and this one never connected or is already closed.',
    calls: [
      {
        call: 'shutdown',
        cause: 'No packet is involved: the socket is in CLOSE state, because connect() never succeeded or the connection was already reset or timed out (inet_shutdown() answers ENOTCONN for CLOSE).',
        appSees: 'shutdown() fails with ENOTCONN; the connection state is unchanged.',
        remedy: 'Usually harmless during teardown after a reset: ignore it in close paths; otherwise check that connect() succeeded before using the socket.',
        retry: 'never',
      },
      {
        call: 'getpeername',
        cause: 'The socket has no peer: never connected, or the connection closed (reset, timeout) before the call. This includes a socket returned by accept() whose client already sent RST while it waited in the accept queue.',
        appSees: 'getpeername() fails with ENOTCONN; in Node, `socket.remoteAddress` is undefined.',
        remedy: 'Read the peer address right after accept/connect and keep it for logging.',
        retry: 'never',
      },
      {
        call: 'read',
        cause: 'A read on a TCP socket that never connected; Linux tcp_recvmsg returns ENOTCONN for a socket in LISTEN state or in CLOSE without a received FIN.',
        appSees: 'read fails with ENOTCONN.',
        remedy: 'Fix the call order: connect (and wait for a non-blocking connect to finish) before reading.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'inet_getname() answers ENOTCONN for the peer address of a socket in CLOSE or SYN_SENT, so getpeername() on an accepted socket that was reset in the accept queue fails even though accept() succeeded.',
        source: 'net/ipv4/af_inet.c: inet_getname()',
        scenario: 'econnaborted-accept',
      },
      {
        claim: 'A write on a TCP socket that is not connected gives EPIPE on Linux (tcp_sendmsg via sk_stream_wait_connect), not ENOTCONN as POSIX suggests; read gives ENOTCONN.',
        source: 'net/core/stream.c: sk_stream_wait_connect(); net/ipv4/tcp.c: tcp_recvmsg_locked()',
      },
    ],
    scenarios: ['econnaborted-accept'],
  },
  ESHUTDOWN: {
    name: 'ESHUTDOWN',
    message: 'Cannot send after transport endpoint shutdown',
    libuv: 'UV_ESHUTDOWN',
    node: 'Error: write ESHUTDOWN',
    summary: 'A send after this end shut down its sending side; BSD names it, Linux TCP says EPIPE instead.',
    calls: [
      {
        call: 'write',
        cause: 'The application called shutdown(SHUT_WR) earlier (its FIN was sent) and then tried to send more.',
        appSees: 'On Linux TCP the write fails with EPIPE (and SIGPIPE); ESHUTDOWN comes from other protocols or other systems.',
        remedy: 'Do not write after half-closing; in Node, do not write after `socket.end()`.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'Linux TCP reports a send after shutdown(SHUT_WR) as EPIPE: tcp_sendmsg checks SEND_SHUTDOWN and goes to the EPIPE path. ESHUTDOWN is used by a few other kernel protocols; which ones is not verified here.',
        source: 'net/ipv4/tcp.c: tcp_sendmsg_locked()',
        scenario: 'epipe-sigpipe',
      },
    ],
    scenarios: [],
  },
  EISCONN: {
    name: 'EISCONN',
    message: 'Transport endpoint is already connected',
    libuv: 'UV_EISCONN',
    node: 'Error: connect EISCONN 10.0.0.5:443',
    summary: 'connect() was called on a socket that is already connected.',
    calls: [
      {
        call: 'connect',
        cause: 'No packet: the socket is already ESTABLISHED. Common when a non-blocking connect loop calls connect() again after it completed; a repeated connect() on Linux returns 0 once the connection is established and EISCONN on the call after that; either means success.',
        appSees: 'connect() fails with EISCONN; the existing connection is unaffected.',
        remedy: 'For non-blocking connect, wait for writability and read SO_ERROR instead of calling connect() again; treat EISCONN on a repeated connect as success.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: '__inet_stream_connect() returns EISCONN for a socket already connected. do_tcp_setsockopt() has no EISCONN path: options that need an unconnected socket (TCP_FASTOPEN_CONNECT, TCP_FASTOPEN_NO_COOKIE) fail with EINVAL instead. The sockopt-errors scenario shows EISCONN from a repeated connect() and EINVAL from TCP_FASTOPEN_CONNECT on a connected socket; SOL_SOCKET and IP-level options were not searched exhaustively for EISCONN.',
        source: 'net/ipv4/af_inet.c: __inet_stream_connect(); net/ipv4/tcp.c: do_tcp_setsockopt()',
        scenario: 'sockopt-errors',
      },
    ],
    scenarios: ['sockopt-errors'],
  },
  EALREADY: {
    name: 'EALREADY',
    message: 'Operation already in progress',
    libuv: 'UV_EALREADY',
    node: 'Error: connect EALREADY 10.0.0.5:443',
    summary: 'A non-blocking connect() is still in progress and connect() was called again.',
    calls: [
      {
        call: 'connect',
        cause: 'The SYN is sent and the handshake has not finished (socket in SYN_SENT); a second connect() on the same socket arrived.',
        appSees: 'connect() fails with EALREADY; the first attempt continues.',
        remedy: 'Wait for the socket to become writable (poll/epoll), then read SO_ERROR to learn the outcome.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'Linux returns EALREADY for a repeated connect() while in SYN_SENT, and EINPROGRESS for the first non-blocking connect().',
        source: 'net/ipv4/af_inet.c: __inet_stream_connect()',
      },
    ],
    scenarios: [],
  },
  EINPROGRESS: {
    name: 'EINPROGRESS',
    message: 'Operation now in progress',
    libuv: null,
    node: 'Error: connect Unknown system error -115',
    summary: 'A non-blocking connect() has sent its SYN and will finish later; this is not a failure.',
    calls: [
      {
        call: 'connect',
        cause: 'The socket is non-blocking, so connect() sent the SYN and returned at once instead of waiting for the SYN-ACK.',
        appSees: 'connect() returns -1 with EINPROGRESS; the socket becomes writable when the handshake ends, and getsockopt(SO_ERROR) then gives 0 or the real error (ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH...). libuv handles this internally, so Node code never sees it.',
        remedy: 'Wait for writability with a timeout, then check SO_ERROR.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'A blocking connect() interrupted by a signal or by SO_SNDTIMEO expiry also leaves the handshake running; Linux then returns EINTR or EINPROGRESS respectively (see connect(2)).',
        source: 'net/ipv4/af_inet.c: __inet_stream_connect(); man 2 connect',
      },
    ],
    scenarios: [],
  },
} as const satisfies ErrnoEntryTable;
