// Catalog entries for limits, waiting and cancellation: EMFILE, ENFILE, ENOBUFS, ENOMEM, EAGAIN, EWOULDBLOCK, EINTR, ENOSR, ETIME, ECANCELED.
import type { ErrnoEntryTable } from '../types.js';

/** Errnos about exhausted resources, calls that would block, interruptions and cancellations. */
export const RESOURCE_ENTRIES = {
  EMFILE: {
    name: 'EMFILE',
    message: 'Too many open files',
    libuv: 'UV_EMFILE',
    node: 'Error: accept EMFILE',
    summary: 'This process has as many file descriptors open as its limit (RLIMIT_NOFILE) allows.',
    calls: [
      {
        call: 'accept',
        cause: 'The handshake completed in the kernel, but the process cannot get a descriptor for the new connection because it reached `ulimit -n`; often a descriptor leak (sockets never closed, CLOSE_WAIT piling up) or simply too low a limit for the load.',
        appSees: 'accept() fails with EMFILE while the connection stays in the accept queue, so the listener stays readable and a naive event loop spins at 100% CPU; clients wait or time out. libuv closes a reserved descriptor to accept and drop the connection, and Node emits `accept EMFILE`.',
        remedy: 'Look for leaks (`ls /proc/PID/fd | wc -l`, `ss -tanp state close-wait`); raise the limit (systemd LimitNOFILE, `ulimit -n`); on EMFILE pause accepting briefly instead of spinning.',
        retry: 'after-fix',
      },
      {
        call: 'socket',
        cause: 'Creating a socket (outgoing connection) needs a descriptor and the per-process limit is reached.',
        appSees: 'socket() fails with EMFILE, so connect is never attempted; in Node, `connect EMFILE` or a failed DNS/fs call.',
        remedy: 'Bound concurrency (connection pools, agent maxSockets), close what you open, raise the limit.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'Linux creates the connection before accept() (the child socket sits in the accept queue), so EMFILE on accept does not refuse the client: the handshake already succeeded from the client\'s point of view.',
        source: 'net/ipv4/inet_connection_sock.c: inet_csk_accept(); man 2 accept',
        scenario: 'emfile-fd-limit',
      },
    ],
    scenarios: ['emfile-fd-limit'],
  },
  ENFILE: {
    name: 'ENFILE',
    message: 'Too many open files in system',
    libuv: 'UV_ENFILE',
    node: 'Error: accept ENFILE',
    summary: 'The whole system reached its limit of open files (fs.file-max).',
    calls: [
      {
        call: 'accept',
        cause: 'As with EMFILE, but the system-wide file table is full, usually because some process leaks descriptors.',
        appSees: 'accept(), socket() and open() fail across processes; connections wait in accept queues.',
        remedy: 'Find the process holding most descriptors, fix the leak; raise fs.file-max only if the load really needs it.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'The limit is the fs.file-max sysctl; /proc/sys/fs/file-nr shows the current count.',
        source: 'man 5 proc (/proc/sys/fs/file-max)',
      },
    ],
    scenarios: [],
  },
  ENOBUFS: {
    name: 'ENOBUFS',
    message: 'No buffer space available',
    libuv: 'UV_ENOBUFS',
    node: 'Error: send ENOBUFS',
    summary: 'The kernel could not allocate buffer space or hit a per-socket table limit.',
    calls: [
      {
        call: 'write',
        cause: 'No TCP packet story: a datagram send found the device queue or kernel memory full. TCP normally blocks (or returns EAGAIN) instead, because its data waits in the send buffer.',
        appSees: 'The send fails with ENOBUFS; the data was not sent.',
        remedy: 'Back off and retry; reduce send rate or raise buffer limits (net.core.wmem_max, txqueuelen).',
        retry: 'safe',
      },
      {
        call: 'setsockopt',
        cause: 'IP_ADD_MEMBERSHIP beyond net.ipv4.igmp_max_memberships (default 20) fails with ENOBUFS on Linux.',
        appSees: 'setsockopt() fails; the socket is unchanged.',
        remedy: 'Join fewer groups per socket or raise net.ipv4.igmp_max_memberships.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'ip_mc_join_group() returns ENOBUFS when the socket already has igmp_max_memberships groups. TCP-level options never return it (do_tcp_setsockopt() and do_tcp_getsockopt() have no ENOBUFS path); at the IP level, IP_MSFILTER with an option length above net.core.optmem_max returns ENOBUFS, even on a TCP socket (the sockopt-errors scenario shows it); other SOL_SOCKET/IP paths are not verified here.',
        source: 'net/ipv4/igmp.c: ip_mc_join_group(); net/ipv4/tcp.c: do_tcp_setsockopt(); man 7 ip (IP_ADD_MEMBERSHIP)',
        scenario: 'sockopt-errors',
      },
    ],
    scenarios: ['sockopt-errors'],
  },
  ENOMEM: {
    name: 'ENOMEM',
    message: 'Cannot allocate memory',
    libuv: 'UV_ENOMEM',
    node: 'Error: connect ENOMEM',
    summary: 'The kernel could not allocate memory for the socket operation.',
    calls: [
      {
        call: 'socket',
        cause: 'Kernel memory for the socket structure could not be allocated, or a memory cgroup limit was reached.',
        appSees: 'socket(), accept() or connect() fails with ENOMEM.',
        remedy: 'Check memory pressure and cgroup limits (`dmesg`, memory.max); reduce connection count or buffer sizes.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'Under TCP memory pressure (net.ipv4.tcp_mem) Linux mostly shrinks buffers and makes send() block rather than return ENOMEM; orphaned connections may be reset ("out of memory -- consider tuning tcp_mem" in the kernel log).',
        source: 'net/ipv4/tcp.c: tcp_check_oom(); man 7 tcp (tcp_mem)',
      },
    ],
    scenarios: [],
  },
  EAGAIN: {
    name: 'EAGAIN',
    message: 'Resource temporarily unavailable',
    libuv: 'UV_EAGAIN',
    node: 'Error: read EAGAIN',
    summary: 'The call would have to wait: no data, no send buffer space or no pending connection, on a non-blocking socket or after a socket timeout.',
    calls: [
      {
        call: 'read',
        cause: 'Nothing is in the receive queue yet (no segment has arrived), and the socket is non-blocking or SO_RCVTIMEO expired.',
        appSees: 'read fails with EAGAIN; the connection is fine. Event loops (libuv) treat it as "wait for readability" and Node code never sees it.',
        remedy: 'Wait for readability (poll/epoll) and read again; if it came from SO_RCVTIMEO, decide whether the peer is too slow.',
        retry: 'safe',
      },
      {
        call: 'write',
        cause: 'The send buffer is full because the peer is not acknowledging fast enough (slow reader, zero window, congested path).',
        appSees: 'write fails with EAGAIN (nothing written) or writes only part of the data.',
        remedy: 'Wait for writability and continue from where the write stopped; apply backpressure (Node: respect `write()` returning false and the `drain` event).',
        retry: 'safe',
      },
      {
        call: 'accept',
        cause: 'The accept queue is empty on a non-blocking listener (another thread or process took the connection).',
        appSees: 'accept() fails with EAGAIN.',
        remedy: 'Go back to waiting for readability.',
        retry: 'safe',
      },
    ],
    linuxNotes: [
      {
        claim: 'EAGAIN and EWOULDBLOCK are the same number on Linux (11 on most architectures); a timeout set with SO_RCVTIMEO or SO_SNDTIMEO also ends the call with EAGAIN.',
        source: 'man 7 socket (SO_RCVTIMEO); man 2 recv',
      },
    ],
    scenarios: [],
  },
  EWOULDBLOCK: {
    name: 'EWOULDBLOCK',
    aliasOf: 'EAGAIN',
    message: 'Resource temporarily unavailable',
    libuv: null,
    node: 'Error: read EAGAIN',
    summary: 'The BSD name for EAGAIN: the non-blocking call would have had to wait.',
    calls: [
      {
        call: 'read',
        cause: 'As for EAGAIN: no data has arrived yet on a non-blocking socket.',
        appSees: 'The call fails without blocking; Linux and Node report the name EAGAIN because the numbers are equal.',
        remedy: 'Wait for readiness and retry; handle EAGAIN and EWOULDBLOCK together in portable code.',
        retry: 'safe',
      },
    ],
    linuxNotes: [
      {
        claim: 'On Linux EWOULDBLOCK is defined as EAGAIN, so strerror and libuv give EAGAIN\'s text and name.',
        source: 'include/uapi/asm-generic/errno.h',
      },
    ],
    scenarios: [],
  },
  EINTR: {
    name: 'EINTR',
    message: 'Interrupted system call',
    libuv: 'UV_EINTR',
    node: 'Error: read EINTR',
    summary: 'A signal arrived while the call was blocked, so the call returned early.',
    calls: [
      {
        call: 'connect',
        cause: 'A signal handler ran while connect() waited for the SYN-ACK; the handshake continues in the background.',
        appSees: 'connect() fails with EINTR; calling connect() again gives EALREADY (still in progress) or EISCONN (done).',
        remedy: 'Do not call connect() again: wait for writability and read SO_ERROR, or install handlers with SA_RESTART.',
        retry: 'safe',
      },
      {
        call: 'read',
        cause: 'A signal interrupted a blocking read or accept before any data arrived.',
        appSees: 'The call fails with EINTR; nothing happened to the connection. Node and libuv retry internally.',
        remedy: 'Retry the call (loop on EINTR) or use SA_RESTART; note that calls with a socket timeout are not restarted automatically.',
        retry: 'safe',
      },
      {
        call: 'close',
        cause: 'A signal interrupted close() while it lingered (SO_LINGER) or flushed.',
        appSees: 'close() fails with EINTR, but on Linux the descriptor is already released.',
        remedy: 'Never retry close() on Linux: the number may already belong to another file.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'Socket calls with a timeout set (SO_RCVTIMEO/SO_SNDTIMEO) are not restarted after a signal even with SA_RESTART, and fail with EINTR.',
        source: 'man 7 signal (Interruption of system calls and library functions by signal handlers)',
      },
      {
        claim: 'Linux releases the descriptor even when close() returns EINTR, so retrying close can close an unrelated file.',
        source: 'man 2 close',
      },
    ],
    scenarios: [],
  },
  ENOSR: {
    name: 'ENOSR',
    message: 'Out of streams resources',
    libuv: null,
    node: 'Error: Unknown system error -63',
    summary: 'A System V STREAMS error that POSIX lists for sockets; Linux sockets do not return it.',
    calls: [
      {
        call: 'socket',
        cause: 'On STREAMS-based systems (older Solaris, AIX) the stack ran out of STREAMS resources; Linux has no STREAMS.',
        appSees: 'On such systems the call fails like ENOBUFS.',
        remedy: 'Treat like ENOBUFS: back off and retry.',
        retry: 'safe',
      },
    ],
    linuxNotes: [
      {
        claim: 'POSIX lists ENOSR for socket(), accept() and connect(); Linux man pages do not, and we found no TCP/IP path returning it.',
        source: 'man 2 socket; include/uapi/asm-generic/errno.h',
      },
    ],
    scenarios: [],
  },
  ETIME: {
    name: 'ETIME',
    message: 'Timer expired',
    libuv: null,
    node: 'Error: Unknown system error -62',
    summary: 'A STREAMS ioctl timer expired; socket code on Linux reports timeouts as ETIMEDOUT or EAGAIN instead.',
    calls: [
      {
        call: 'read',
        cause: 'Not a TCP event: some drivers and io_uring timeouts return ETIME; TCP timers report ETIMEDOUT.',
        appSees: 'The call ended because a timer expired.',
        remedy: 'Check which layer set the timer; for sockets, look for ETIMEDOUT or EAGAIN.',
        retry: 'safe',
      },
    ],
    linuxNotes: [
      {
        claim: 'io_uring reports an expired timeout request with -ETIME; TCP never uses ETIME. Drivers using it are not enumerated here.',
        source: 'man 2 io_uring_enter (IORING_OP_TIMEOUT)',
      },
    ],
    scenarios: [],
  },
  ECANCELED: {
    name: 'ECANCELED',
    message: 'Operation canceled',
    libuv: 'UV_ECANCELED',
    node: 'Error: write ECANCELED',
    summary: 'A queued operation was cancelled before it finished, usually because its handle was closed.',
    calls: [
      {
        call: 'write',
        cause: 'No packet story: the application (or libuv) closed the socket handle while writes or a connect were still queued, so the queued requests complete with ECANCELED.',
        appSees: 'Pending write or connect callbacks fire with ECANCELED; data not yet handed to the kernel is lost.',
        remedy: 'Usually expected during shutdown; flush (wait for callbacks, `end()`) before destroying a socket if the data matters.',
        retry: 'idempotent-only',
      },
      {
        call: 'getaddrinfo',
        cause: 'A DNS lookup in the libuv thread pool was cancelled (uv_cancel) before it ran.',
        appSees: 'The lookup callback gets ECANCELED (c-ares based dns.Resolver calls use ECANCELLED instead).',
        remedy: 'Expected after cancelling; otherwise retry the lookup.',
        retry: 'safe',
      },
    ],
    linuxNotes: [
      {
        claim: 'The Linux kernel uses ECANCELED for cancelled asynchronous requests (AIO, io_uring), not for TCP events; on sockets it comes from libuv cancelling queued requests in user space.',
        source: 'man 2 io_cancel; libuv src/threadpool.c: uv_cancel(), src/unix/stream.c: uv__stream_destroy()',
      },
    ],
    scenarios: [],
  },
} as const satisfies ErrnoEntryTable;
