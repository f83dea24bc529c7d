// Catalog entries for unsupported families, types and operations: EPROTOTYPE, EPROTONOSUPPORT, ESOCKTNOSUPPORT, EOPNOTSUPP, ENOTSUP, EPFNOSUPPORT, EAFNOSUPPORT, ETOOMANYREFS.
import type { ErrnoEntryTable } from '../types.js';

/** Errnos that say the kernel does not support the requested family, type, protocol or operation. */
export const SUPPORT_ENTRIES = {
  EPROTOTYPE: {
    name: 'EPROTOTYPE',
    message: 'Protocol wrong type for socket',
    libuv: 'UV_EPROTOTYPE',
    node: 'Error: connect EPROTOTYPE /tmp/app.sock',
    summary: 'The socket type does not match the protocol or the peer socket\'s type.',
    calls: [
      {
        call: 'connect',
        cause: 'No packet: most often a Unix-domain SOCK_STREAM socket connecting to a path bound by a SOCK_DGRAM (or SEQPACKET) socket.',
        appSees: 'connect() fails with EPROTOTYPE.',
        remedy: 'Use the same socket type on both sides.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'unix_find_other() returns EPROTOTYPE when the socket found at the path has another type.',
        source: 'net/unix/af_unix.c: unix_find_other()',
      },
    ],
    scenarios: [],
  },
  EPROTONOSUPPORT: {
    name: 'EPROTONOSUPPORT',
    message: 'Protocol not supported',
    libuv: 'UV_EPROTONOSUPPORT',
    node: 'Error: socket EPROTONOSUPPORT',
    summary: 'The family and type exist, but not with the protocol number asked for.',
    calls: [
      {
        call: 'socket',
        cause: 'No packet: socket(AF_INET, SOCK_STREAM, p) with a protocol that is not registered for stream sockets (such as IPPROTO_UDP, or IPPROTO_MPTCP/IPPROTO_SCTP when the module is missing).',
        appSees: 'socket() fails with EPROTONOSUPPORT.',
        remedy: 'Pass 0 or the right protocol, or load/enable the protocol module.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'inet_create() returns EPROTONOSUPPORT when the type has registered protocols but none matches, and ESOCKTNOSUPPORT when the type has none; it tries loading the protocol module first.',
        source: 'net/ipv4/af_inet.c: inet_create()',
      },
    ],
    scenarios: [],
  },
  ESOCKTNOSUPPORT: {
    name: 'ESOCKTNOSUPPORT',
    message: 'Socket type not supported',
    libuv: 'UV_ESOCKTNOSUPPORT',
    node: 'Error: socket ESOCKTNOSUPPORT',
    summary: 'The address family has no protocol for that socket type.',
    calls: [
      {
        call: 'socket',
        cause: 'No packet: for example socket(AF_INET, SOCK_SEQPACKET, 0) when SCTP is not available.',
        appSees: 'socket() fails with ESOCKTNOSUPPORT.',
        remedy: 'Use a supported type (SOCK_STREAM, SOCK_DGRAM) or load the protocol module.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'inet_create() starts its protocol search with ESOCKTNOSUPPORT and keeps it when no protocol is registered for the type.',
        source: 'net/ipv4/af_inet.c: inet_create()',
      },
    ],
    scenarios: [],
  },
  EOPNOTSUPP: {
    name: 'EOPNOTSUPP',
    message: 'Operation not supported',
    libuv: null,
    node: 'Error: listen ENOTSUP',
    summary: 'The socket does not support that operation (listen on UDP, a flag the protocol lacks).',
    calls: [
      {
        call: 'listen',
        cause: 'No packet: listen() or accept() on a socket type that has no connections, such as SOCK_DGRAM.',
        appSees: 'The call fails with EOPNOTSUPP; Node and libuv name it ENOTSUP, the same number on Linux.',
        remedy: 'Use SOCK_STREAM for listeners; check the flags passed to send/recv.',
        retry: 'never',
      },
      {
        call: 'write',
        cause: 'A send or receive flag the protocol does not implement (for example MSG_OOB on a datagram socket).',
        appSees: 'The call fails with EOPNOTSUPP.',
        remedy: 'Drop the flag.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'On Linux EOPNOTSUPP and ENOTSUP are the same number (95), while BSD systems keep them distinct; sock_no_listen() and sock_no_accept() return EOPNOTSUPP.',
        source: 'net/core/sock.c: sock_no_listen(), sock_no_accept(); man 3 errno',
      },
      {
        claim: 'setsockopt(TCP_FASTOPEN_CONNECT) fails with EOPNOTSUPP when client-side Fast Open is disabled in net.ipv4.tcp_fastopen.',
        source: 'net/ipv4/tcp.c: do_tcp_setsockopt()',
        scenario: 'sockopt-errors',
      },
    ],
    scenarios: ['sockopt-errors'],
  },
  ENOTSUP: {
    name: 'ENOTSUP',
    aliasOf: 'EOPNOTSUPP',
    message: 'Operation not supported',
    libuv: 'UV_ENOTSUP',
    node: 'Error: listen ENOTSUP',
    summary: 'POSIX\'s name for an unsupported operation; on Linux the same number as EOPNOTSUPP.',
    calls: [
      {
        call: 'listen',
        cause: 'As for EOPNOTSUPP: the socket type or protocol does not implement the operation.',
        appSees: 'The call fails; libuv and Node report the name ENOTSUP.',
        remedy: 'Use an operation the socket type supports.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'glibc defines ENOTSUP as EOPNOTSUPP, so strerror gives the same text for both.',
        source: 'man 3 errno',
      },
    ],
    scenarios: [],
  },
  EPFNOSUPPORT: {
    name: 'EPFNOSUPPORT',
    message: 'Protocol family not supported',
    libuv: null,
    node: 'Error: socket Unknown system error -96',
    summary: 'The protocol family is not supported; Linux usually says EAFNOSUPPORT instead.',
    calls: [
      {
        call: 'socket',
        cause: 'No packet: a family the kernel does not implement; BSD systems return EPFNOSUPPORT here, Linux mostly EAFNOSUPPORT.',
        appSees: 'socket() fails.',
        remedy: 'Use a supported family or enable its module.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: '__sock_create() returns EAFNOSUPPORT for an unknown family, so Linux applications rarely see EPFNOSUPPORT; which protocols still return it is not verified here.',
        source: 'net/socket.c: __sock_create()',
      },
    ],
    scenarios: [],
  },
  EAFNOSUPPORT: {
    name: 'EAFNOSUPPORT',
    message: 'Address family not supported by protocol',
    libuv: 'UV_EAFNOSUPPORT',
    node: 'Error: listen EAFNOSUPPORT: address family not supported :::3000',
    summary: 'The address family is not available (IPv6 disabled) or does not match the socket.',
    calls: [
      {
        call: 'bind',
        cause: 'No packet: the kernel has IPv6 disabled (ipv6.disable=1, common in containers) and the program binds or listens on `::`.',
        appSees: 'socket()/bind()/listen() fails with EAFNOSUPPORT.',
        remedy: 'Listen on 0.0.0.0 when IPv6 is unavailable, or enable IPv6.',
        retry: 'after-fix',
      },
      {
        call: 'connect',
        cause: 'The sockaddr family does not match the socket (an IPv6 address given to an AF_INET socket).',
        appSees: 'connect() fails with EAFNOSUPPORT.',
        remedy: 'Create the socket in the family of the resolved address.',
        retry: 'never',
      },
    ],
    linuxNotes: [
      {
        claim: 'tcp_v4_connect() rejects a sockaddr whose family is not AF_INET with EAFNOSUPPORT; __sock_create() returns it for a family with no registered handler.',
        source: 'net/ipv4/tcp_ipv4.c: tcp_v4_connect(); net/socket.c: __sock_create()',
      },
    ],
    scenarios: [],
  },
  ETOOMANYREFS: {
    name: 'ETOOMANYREFS',
    message: 'Too many references: cannot splice',
    libuv: null,
    node: 'Error: write Unknown system error -109',
    summary: 'Too many file descriptors are in flight over Unix-domain sockets (SCM_RIGHTS).',
    calls: [
      {
        call: 'write',
        cause: 'No TCP involvement: sendmsg with SCM_RIGHTS on a Unix socket while the sender already has more descriptors in flight (sent, not yet received) than RLIMIT_NOFILE allows.',
        appSees: 'sendmsg() fails with ETOOMANYREFS; nothing was sent.',
        remedy: 'Have the receiver drain its socket, send fewer descriptors at a time, or raise the limit.',
        retry: 'after-fix',
      },
    ],
    linuxNotes: [
      {
        claim: 'The Unix-socket code returns ETOOMANYREFS when too_many_unix_fds() says the user\'s in-flight descriptors exceed the open-files limit; the exact function name differs across kernel versions.',
        source: 'net/unix/af_unix.c: unix_attach_fds(); man 7 unix',
      },
    ],
    scenarios: [],
  },
} as const satisfies ErrnoEntryTable;
