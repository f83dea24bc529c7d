// Catalog entries for calls made wrongly or refused: EBADF, EFAULT, EINVAL, ENOTSOCK, ENOPROTOOPT, EDOM, EDESTADDRREQ, EMSGSIZE, EPROTO, EPERM, EACCES.
import type { ErrnoEntryTable } from '../types.js';

/** Errnos that mostly mean a bad argument, a wrong descriptor or a permission refusal. */
export const USAGE_ENTRIES = {
  EBADF: {
    name: 'EBADF',
    message: 'Bad file descriptor',
    libuv: 'UV_EBADF',
    node: 'Error: write EBADF',
    summary: 'The descriptor is not open (already closed, or never valid).',
    calls: [
      {
        call: 'write',
        cause: 'No packet: the descriptor was closed earlier, often by another thread or a double close that freed the number.',
        appSees: 'The call fails with EBADF; worse, if the number was reused, calls silently hit another file or socket.',
        remedy: 'Fix ownership of the descriptor: close exactly once, and never use it after close (set it to -1).',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'The descriptor table lookup fails before any socket code runs, so EBADF says nothing about the connection.',
        source: 'net/socket.c: sockfd_lookup_light()',
      },
    ],
    scenarios: ['sockopt-errors'],
  },
  EFAULT: {
    name: 'EFAULT',
    message: 'Bad address',
    libuv: 'UV_EFAULT',
    node: 'Error: getsockopt EFAULT',
    summary: 'A pointer passed to the kernel (buffer, address or option value) points outside the process\'s memory.',
    calls: [
      {
        call: 'getsockopt',
        cause: 'No packet: copying the option value or its length to or from user memory failed (bad optval or optlen pointer).',
        appSees: 'The call fails with EFAULT; nothing changed. From JavaScript this only happens through native bindings (koffi, addons).',
        remedy: 'Fix the native binding: pass valid buffers and a correct length pointer.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'Socket option code copies values with copy_from_sockptr()/copy_to_user() and returns EFAULT when that copy fails.',
        source: 'net/core/sock.c: sk_setsockopt(), sk_getsockopt()',
        scenario: 'sockopt-errors',
      },
    ],
    scenarios: ['sockopt-errors'],
  },
  EINVAL: {
    name: 'EINVAL',
    message: 'Invalid argument',
    libuv: 'UV_EINVAL',
    node: 'Error: setsockopt EINVAL',
    summary: 'An argument is invalid for this socket or its current state.',
    calls: [
      {
        call: 'setsockopt',
        cause: 'No packet: the option length is too short, the value is out of range (for example TCP_KEEPIDLE 0), or the option is not allowed in the socket\'s state.',
        appSees: 'setsockopt() fails; the option keeps its old value.',
        remedy: 'Check the option\'s type, size and range in man 7 tcp / socket / ip.',
        retry: 'never',
      },
      {
        call: 'accept',
        cause: 'accept() on a socket that is not listening (listen() not called, or the listener was shut down).',
        appSees: 'accept() fails with EINVAL.',
        remedy: 'Call listen() first; stop the accept loop when the listener is closed.',
        retry: 'never',
      },
      {
        call: 'bind',
        cause: 'The socket is already bound, or the address length or family is wrong.',
        appSees: 'bind() fails with EINVAL.',
        remedy: 'Bind once, with a sockaddr of the socket\'s family and correct length.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'Option lengths shorter than an int are rejected with EINVAL before the option is looked at; TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT and TCP_SYNCNT below 1 or above their maxima, a negative TCP_USER_TIMEOUT, and TCP_FASTOPEN_CONNECT on a socket that is not closed also give EINVAL.',
        source: 'net/core/sock.c: sk_setsockopt(); net/ipv4/tcp.c: do_tcp_setsockopt()',
        scenario: 'sockopt-errors',
      },
      {
        claim: "Node converts socket.setKeepAlive(true, ms) and http.Agent's keepAliveMsecs to whole seconds by truncation, so below 1000 ms it asks for TCP_KEEPIDLE 0: the kernel refuses with EINVAL, Node ignores the error, and SO_KEEPALIVE stays on with tcp_keepalive_time (7200 s). socklab/net's setKeepAlive rounds up to at least 1 s and reads the values back.",
        source: 'net/ipv4/tcp.c: tcp_sock_set_keepidle_locked(); Node lib/net.js: Socket.prototype.setKeepAlive (~~(initialDelay / 1000))',
        scenario: 'keepalive-sub-second',
      },
    ],
    scenarios: ['sockopt-errors', 'keepalive-sub-second'],
  },
  ENOTSOCK: {
    name: 'ENOTSOCK',
    message: 'Socket operation on non-socket',
    libuv: 'UV_ENOTSOCK',
    node: 'Error: getsockopt ENOTSOCK',
    summary: 'A socket call was made on a descriptor that is a file, pipe or terminal, not a socket.',
    calls: [
      {
        call: 'getsockopt',
        cause: 'No packet: the descriptor refers to something else, often because the socket was closed and the number reused for a file.',
        appSees: 'The call fails with ENOTSOCK.',
        remedy: 'Check descriptor ownership (use-after-close); pass the right descriptor (for example a systemd socket-activation fd).',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'sock_from_file() fails for non-socket files and the socket syscalls return ENOTSOCK.',
        source: 'net/socket.c: sock_from_file(), sockfd_lookup_light()',
      },
    ],
    scenarios: ['sockopt-errors'],
  },
  ENOPROTOOPT: {
    name: 'ENOPROTOOPT',
    message: 'Protocol not available',
    libuv: 'UV_ENOPROTOOPT',
    node: 'Error: setsockopt ENOPROTOOPT',
    summary: 'The option is unknown at that level, or (from ICMP) the remote host does not speak the protocol.',
    calls: [
      {
        call: 'setsockopt',
        cause: 'No packet: the option number is not known at that level (wrong level such as SOL_SOCKET for a TCP option, or an option the running kernel is too old for).',
        appSees: 'getsockopt()/setsockopt() fails with ENOPROTOOPT.',
        remedy: 'Use the right level (IPPROTO_TCP for TCP_*), and feature-detect options on older kernels.',
        retry: 'never',
      },
      {
        call: 'connect',
        cause: 'An ICMP protocol unreachable came back for the SYN (rare for TCP).',
        appSees: 'connect() fails with ENOPROTOOPT.',
        remedy: 'Check what is at the remote address (a firewall rule rejecting with icmp-proto-unreachable).',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'Linux maps ICMP protocol unreachable to ENOPROTOOPT, a fatal error, in its ICMP-to-errno table; unknown socket options at a level return ENOPROTOOPT.',
        source: 'net/ipv4/icmp.c: icmp_err_convert[]; net/core/sock.c: sk_setsockopt()',
        scenario: 'sockopt-errors',
      },
    ],
    scenarios: ['sockopt-errors'],
  },
  EDOM: {
    name: 'EDOM',
    message: 'Numerical argument out of domain',
    libuv: null,
    node: 'Error: setsockopt Unknown system error -33',
    summary: 'A math-domain errno that Linux reuses for an out-of-range socket timeout.',
    calls: [
      {
        call: 'setsockopt',
        cause: 'No packet: SO_RCVTIMEO or SO_SNDTIMEO was given a timeval whose tv_usec is negative or at least 1,000,000.',
        appSees: 'setsockopt() fails with EDOM; the old timeout stays.',
        remedy: 'Normalise the timeval (carry whole seconds out of tv_usec).',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'sock_set_timeout() returns EDOM when tv_usec is outside 0..999999; a negative tv_sec is not an error there (it sets a zero timeout after a rate-limited warning).',
        source: 'net/core/sock.c: sock_set_timeout()',
        scenario: 'sockopt-errors',
      },
    ],
    scenarios: ['sockopt-errors'],
  },
  EDESTADDRREQ: {
    name: 'EDESTADDRREQ',
    message: 'Destination address required',
    libuv: 'UV_EDESTADDRREQ',
    node: 'Error: send EDESTADDRREQ',
    summary: 'A send on an unconnected datagram socket gave no destination address.',
    calls: [
      {
        call: 'write',
        cause: 'No packet: the socket is not connected and the call carried no address (UDP send without address or connect).',
        appSees: 'The send fails with EDESTADDRREQ.',
        remedy: 'Pass an address with each send or connect() the datagram socket first. (An unconnected TCP socket gives EPIPE on Linux instead.)',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'udp_sendmsg() returns EDESTADDRREQ when no address is given on an unconnected socket.',
        source: 'net/ipv4/udp.c: udp_sendmsg()',
      },
    ],
    scenarios: [],
  },
  EMSGSIZE: {
    name: 'EMSGSIZE',
    message: 'Message too long',
    libuv: 'UV_EMSGSIZE',
    node: 'Error: send EMSGSIZE',
    summary: 'A datagram is larger than the protocol or the path MTU allows.',
    calls: [
      {
        call: 'write',
        cause: 'A UDP datagram exceeds 65,507 bytes, or exceeds the path MTU with Don\'t Fragment set (IP_PMTUDISC_DO), possibly after an ICMP fragmentation-needed lowered the MTU. TCP segments by itself and does not return it.',
        appSees: 'The send fails with EMSGSIZE; nothing was sent.',
        remedy: 'Send smaller datagrams (application-level fragmentation) or allow fragmentation.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'With IP_RECVERR on a UDP socket, a later ICMP fragmentation-needed is reported as EMSGSIZE on the error queue with the new MTU.',
        source: 'man 7 ip (IP_MTU_DISCOVER, IP_RECVERR)',
      },
      {
        claim: 'TCP never returns EMSGSIZE directly, but when an ICMP fragmentation-needed lowers the path MTU below what a Don\'t Fragment socket can use, tcp_v4_mtu_reduced() records EMSGSIZE as a soft error, which is what the application sees if the connection later times out.',
        source: 'net/ipv4/tcp_ipv4.c: tcp_v4_mtu_reduced(); net/ipv4/tcp_timer.c: tcp_write_err()',
      },
    ],
    scenarios: [],
  },
  EPROTO: {
    name: 'EPROTO',
    message: 'Protocol error',
    libuv: 'UV_EPROTO',
    node: 'Error: write EPROTO',
    summary: 'A protocol-level failure; in Node almost always a TLS handshake error.',
    calls: [
      {
        call: 'write',
        cause: 'In Node, OpenSSL rejected the TLS handshake (plain HTTP spoken to a TLS port or the reverse, no shared protocol version or cipher) and Node reports it as EPROTO with the OpenSSL reason appended.',
        appSees: 'The request fails with `write EPROTO ... SSL routines ... wrong version number` or similar; the TCP connection is closed.',
        remedy: 'Check that the port speaks TLS, the protocol versions (minVersion/maxVersion) and ciphers; connect with `openssl s_client` to see the handshake.',
        retry: 'after-fix',
      },
      {
        call: 'accept',
        cause: 'Linux lists EPROTO among the network errors accept() may pass through from the new socket.',
        appSees: 'accept() fails; retry accepting.',
        remedy: 'Treat like other transient accept() errors: log and accept again.',
        retry: 'safe',
      },
    ],
    linuxNotes: [
      {
        claim: 'For TCP, tcp_v4_err() turns an ICMP parameter problem into EPROTO: a hard error during the handshake, otherwise a soft error reported only when retransmissions give up (or at once with IP_RECVERR).',
        source: 'net/ipv4/tcp_ipv4.c: tcp_v4_err()',
      },
      {
        claim: 'accept(2) lists EPROTO with ENETDOWN, ENOPROTOOPT, EHOSTDOWN, ENONET, EHOSTUNREACH, EOPNOTSUPP and ENETUNREACH as errors to treat like EAGAIN for TCP/IP; whether the kernel really returns them from accept is not verified here.',
        source: 'man 2 accept (Error handling)',
        scenario: 'econnaborted-accept',
      },
    ],
    scenarios: [],
  },
  EPERM: {
    name: 'EPERM',
    message: 'Operation not permitted',
    libuv: 'UV_EPERM',
    node: 'Error: connect EPERM 10.0.0.5:443',
    summary: 'The operation was refused by policy: a local firewall rule or a missing capability.',
    calls: [
      {
        call: 'connect',
        cause: 'A policy on this host refused the call before any packet left: a cgroup BPF connect hook (used by some container network plugins), a seccomp filter or a security module. A local netfilter DROP of the SYN does not give EPERM for TCP (see the Linux notes).',
        appSees: 'connect() fails immediately with EPERM.',
        remedy: 'Inspect container network policy, cgroup BPF programs (`bpftool cgroup tree`) and seccomp/AppArmor profiles.',
        retry: 'after-fix',
      },
      {
        call: 'setsockopt',
        cause: 'The option needs a capability: SO_MARK, SO_RCVBUFFORCE, SO_PRIORITY above 6 or SO_BINDTODEVICE need CAP_NET_ADMIN (or CAP_NET_RAW for some).',
        appSees: 'setsockopt() fails with EPERM; the option is unchanged.',
        remedy: 'Grant the capability to the process, or do without the option.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'A netfilter hook that drops a locally generated packet makes the transmit path return EPERM (nf_hook_slow()), and UDP or ping sends report it at once. TCP does not: tcp_connect() passes only ECONNREFUSED from the first SYN transmission back to connect(), so a SYN dropped by a local OUTPUT rule is retransmitted and connect() ends in ETIMEDOUT. Not yet checked in the lab.',
        source: 'net/ipv4/tcp_output.c: tcp_connect(); net/netfilter/core.c: nf_hook_slow()',
      },
      {
        claim: 'TCP_REPAIR needs CAP_NET_ADMIN and fails with EPERM without it; TCP_REPAIR_QUEUE and TCP_TIMESTAMP give EPERM when repair mode is off.',
        source: 'net/ipv4/tcp.c: do_tcp_setsockopt(), tcp_can_repair_sock()',
        scenario: 'sockopt-errors',
      },
    ],
    scenarios: ['sockopt-errors'],
  },
  EACCES: {
    name: 'EACCES',
    message: 'Permission denied',
    libuv: 'UV_EACCES',
    node: 'Error: listen EACCES: permission denied 0.0.0.0:80',
    summary: 'The process lacks the permission the call needs (a privileged port, a broadcast address, a policy).',
    calls: [
      {
        call: 'bind',
        cause: 'No packet: binding a port below net.ipv4.ip_unprivileged_port_start (1024 by default) without CAP_NET_BIND_SERVICE.',
        appSees: 'bind()/listen() fails with EACCES.',
        remedy: 'Use a port of 1024 or above behind a proxy, grant CAP_NET_BIND_SERVICE, or lower ip_unprivileged_port_start.',
        retry: 'after-fix',
      },
      {
        call: 'connect',
        cause: 'The route to the destination is of type `prohibit` (`ip route add prohibit ...`), or a security module refused the connection; for UDP, a send to a broadcast address without SO_BROADCAST.',
        appSees: 'connect() or send fails with EACCES immediately; no packet left the host.',
        remedy: 'Check routes (`ip route get <addr>`) and security policy; set SO_BROADCAST for UDP broadcast.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'The privileged-port limit is the sysctl net.ipv4.ip_unprivileged_port_start, checked in inet_bind with CAP_NET_BIND_SERVICE.',
        source: 'net/ipv4/af_inet.c: __inet_bind(); man 7 ip',
      },
    ],
    scenarios: [],
  },
} as const satisfies ErrnoEntryTable;
