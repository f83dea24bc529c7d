// Linux socket constants for the generic asm-generic/socket.h arches socklab has verified (x64, arm64, arm, riscv64, ia32).

/** Address families and socket types (sys/socket.h, linux/net.h). */
export const AF_INET = 2;
/** IPv6 address family. */
export const AF_INET6 = 10;
/** Stream socket type. */
export const SOCK_STREAM = 1;
/** socket()/accept4() flag: non-blocking (O_NONBLOCK). */
export const SOCK_NONBLOCK = 0o4000;
/** socket()/accept4() flag: close-on-exec. */
export const SOCK_CLOEXEC = 0o2000000;

/** Option levels. */
export const SOL_SOCKET = 1;
/** IPPROTO_IP option level. */
export const IPPROTO_IP = 0;
/** IPPROTO_TCP option level. */
export const IPPROTO_TCP = 6;
/** IPPROTO_IPV6 option level. */
export const IPPROTO_IPV6 = 41;

/** SOL_SOCKET options (asm-generic/socket.h; mips, sparc, alpha, parisc and powerpc differ). */
export const SO = {
  REUSEADDR: 2,
  ERROR: 4,
  SNDBUF: 7,
  RCVBUF: 8,
  KEEPALIVE: 9,
  LINGER: 13,
  RCVTIMEO: 20,
  SNDTIMEO: 21,
  REUSEPORT: 15,
} as const;

/** IPPROTO_TCP options (linux/tcp.h, identical on every arch). */
export const TCP = {
  NODELAY: 1,
  MAXSEG: 2,
  KEEPIDLE: 4,
  KEEPINTVL: 5,
  KEEPCNT: 6,
  SYNCNT: 7,
  DEFER_ACCEPT: 9,
  INFO: 11,
  QUICKACK: 12,
  USER_TIMEOUT: 18,
} as const;

/** IP_RECVERR (linux/in.h) and IPV6_RECVERR (linux/in6.h). */
export const IP_RECVERR = 11;
/** IPV6_RECVERR (linux/in6.h). */
export const IPV6_RECVERR = 25;

/** send()/recv() flags. */
export const MSG_DONTWAIT = 0x40;
/** send() flag: EPIPE instead of SIGPIPE. */
export const MSG_NOSIGNAL = 0x4000;

/** shutdown() directions. */
export const SHUT = { read: 0, write: 1, both: 2 } as const;

/** poll() event bits. */
export const POLL = { IN: 0x1, PRI: 0x2, OUT: 0x4, ERR: 0x8, HUP: 0x10, NVAL: 0x20, RDHUP: 0x2000 } as const;

/** fcntl() commands and flags. */
export const F_GETFL = 3;
/** fcntl() F_SETFL command. */
export const F_SETFL = 4;
/** O_NONBLOCK file status flag. */
export const O_NONBLOCK = 0o4000;

/** prctl() option: signal sent to this process when its parent dies. */
export const PR_SET_PDEATHSIG = 1;
/** Signal numbers on the generic arches. */
export const SIGNALS = { SIGKILL: 9, SIGPIPE: 13, SIGTERM: 15 } as const;
