// Linux socket constants for the generic asm-generic/socket.h arches socklab has verified (x64, arm64, arm, riscv64, ia32).

/** Address families and socket types (sys/socket.h, linux/net.h). */
export const AF_INET = 2;
/** IPv6 address family. */
export const AF_INET6 = 10;
/** Stream socket type. */
export const SOCK_STREAM = 1;
/** Raw socket type: for AF_PACKET, frames with their link-layer header. */
export const SOCK_RAW = 3;
/** Packet (link-layer) address family (linux/if_packet.h). */
export const AF_PACKET = 17;
/** Ethertype that makes a packet socket see every protocol (linux/if_ether.h). */
export const ETH_P_ALL = 0x0003;
/** socket()/accept4() flag: non-blocking (O_NONBLOCK). */
export const SOCK_NONBLOCK = 0o4000;
/** socket()/accept4() flag: close-on-exec. */
export const SOCK_CLOEXEC = 0o2000000;

/** Option levels. */
export const SOL_SOCKET = 1;
/** Packet socket option level. */
export const SOL_PACKET = 263;
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
  RCVBUFFORCE: 33,
  /** Nanosecond receive timestamps as a struct timespec of the arch's `long` (SCM_TIMESTAMPNS, same number). */
  TIMESTAMPNS_OLD: 35,
  /** Nanosecond receive timestamps as struct __kernel_timespec (two 64-bit fields) on every arch, since Linux 5.1. */
  TIMESTAMPNS_NEW: 64,
} as const;

/** sll_pkttype values of struct sockaddr_ll, and SOL_PACKET options (linux/if_packet.h). */
export const PACKET = { HOST: 0, BROADCAST: 1, MULTICAST: 2, OTHERHOST: 3, OUTGOING: 4, STATISTICS: 6 } as const;

/** Link types of interfaces (sll_hatype, linux/if_arp.h). */
export const ARPHRD = { ETHER: 1, LOOPBACK: 772 } as const;

/** Interface ioctls (linux/sockios.h): index to name, name to index. */
export const SIOCGIFNAME = 0x8910;
/** ioctl: interface name to index. */
export const SIOCGIFINDEX = 0x8933;

/** ioctl on a namespace fd: the user namespace that owns it (linux/nsfs.h, _IO(0xb7, 0x1)). */
export const NS_GET_USERNS = 0xb701;
/** ioctl on a user namespace fd: its parent user namespace (linux/nsfs.h, _IO(0xb7, 0x2)). */
export const NS_GET_PARENT = 0xb702;
/** setns() namespace type of network namespaces (linux/sched.h). */
export const CLONE_NEWNET = 0x40000000;
/** clock_gettime() clock: wall-clock time, the clock of socket timestamps. */
export const CLOCK_REALTIME = 0;

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
/** recv() flag: return the real length of a datagram even when it was longer than the buffer. */
export const MSG_TRUNC = 0x20;

/** shutdown() directions. */
export const SHUT = { read: 0, write: 1, both: 2 } as const;

/** poll() event bits. */
export const POLL = { IN: 0x1, PRI: 0x2, OUT: 0x4, ERR: 0x8, HUP: 0x10, NVAL: 0x20, RDHUP: 0x2000 } as const;

/** fcntl() commands and flags. */
export const F_GETFL = 3;
/** fcntl() F_SETFL command. */
export const F_SETFL = 4;
/** fcntl() F_SETFD command: sets the descriptor flags (FD_CLOEXEC is the only one). */
export const F_SETFD = 2;
/** O_NONBLOCK file status flag. */
export const O_NONBLOCK = 0o4000;
/** O_CLOEXEC: the descriptor closes on exec (pipe2, epoll_create1 and eventfd take it too). */
export const O_CLOEXEC = 0o2000000;
/** fcntl() F_SETPIPE_SZ: set a pipe's capacity (rounded up to a power-of-two number of pages). */
export const F_SETPIPE_SZ = 1031;
/** fcntl() F_GETPIPE_SZ: a pipe's capacity in bytes. */
export const F_GETPIPE_SZ = 1032;

/** Unix-domain sockets (socketpair). */
export const AF_UNIX = 1;

/** splice() flags (linux/splice.h): move pages instead of copying, do not block on the pipe, more data follows. */
export const SPLICE_F = { MOVE: 1, NONBLOCK: 2, MORE: 4 } as const;

/** epoll_ctl() operations and epoll event bits (sys/epoll.h). */
export const EPOLL_CTL = { ADD: 1, DEL: 2, MOD: 3 } as const;
/** epoll event bits; ET makes a registration edge-triggered. */
export const EPOLL = { IN: 0x1, OUT: 0x4, ERR: 0x8, HUP: 0x10, RDHUP: 0x2000, ET: 0x80000000 } as const;

/** getrlimit()/setrlimit() resource: the number of open file descriptors (asm-generic/resource.h). */
export const RLIMIT_NOFILE = 7;

/** prctl() option: signal sent to this process when its parent dies. */
export const PR_SET_PDEATHSIG = 1;
/** Signal numbers on the generic arches. */
export const SIGNALS = { SIGKILL: 9, SIGPIPE: 13, SIGTERM: 15 } as const;
