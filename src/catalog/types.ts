// The types of the errno catalog: names, platforms, and what one entry says about an errno.

/** Every platform whose errno numbers the catalog records; `linux` is the generic Linux table (x86, arm, riscv...),
 * `newlib` the embedded C library's (ESP-IDF and Arduino on the ESP32). */
export const PLATFORMS = ['linux', 'alpha', 'mips', 'sparc', 'parisc', 'powerpc', 'freebsd', 'macos', 'openbsd', 'windows', 'newlib'] as const;
/** A platform of the catalog's number table. */
export type Platform = (typeof PLATFORMS)[number];

/** Every errno (and resolver code) the catalog describes. */
export const ERRNO_NAMES = [
  'EPERM', 'EINTR', 'EBADF', 'EAGAIN', 'EWOULDBLOCK', 'EACCES', 'EFAULT', 'EINVAL', 'EMFILE', 'ENFILE', 'ENOBUFS',
  'ENOMEM', 'EPIPE', 'EDOM', 'ENOTSOCK', 'EDESTADDRREQ', 'EMSGSIZE', 'EPROTOTYPE', 'ENOPROTOOPT', 'EPROTONOSUPPORT',
  'ESOCKTNOSUPPORT', 'EOPNOTSUPP', 'ENOTSUP', 'EPFNOSUPPORT', 'EAFNOSUPPORT', 'EADDRINUSE', 'EADDRNOTAVAIL', 'ENETDOWN',
  'ENETUNREACH', 'ENETRESET', 'ECONNABORTED', 'ECONNRESET', 'EISCONN', 'ENOTCONN', 'ESHUTDOWN', 'ETOOMANYREFS',
  'ETIMEDOUT', 'ECONNREFUSED', 'EHOSTDOWN', 'EHOSTUNREACH', 'EALREADY', 'EINPROGRESS', 'EPROTO', 'ENONET', 'ETIME',
  'ENOSR', 'ECANCELED', 'ENOTFOUND', 'EAI_AGAIN',
] as const;
/** The name of an errno in the catalog. */
export type ErrnoName = (typeof ERRNO_NAMES)[number];

/**
 * What sort of failure a recognised line reports: `errno` a socket call failed with a kernel errno; `peer-closed` the
 * peer closed the connection and no errno was reported; `timer` a timer of the application, a library or a proxy
 * expired (not the kernel giving up); `resolution` name resolution failed; `resource-limit` a resource ran out
 * (descriptors, buffers, ports, a pool or circuit breaker); `tls` a TLS handshake or certificate failure.
 */
export const KINDS = ['errno', 'peer-closed', 'timer', 'resolution', 'resource-limit', 'tls'] as const;
/** One of KINDS. */
export type Kind = (typeof KINDS)[number];

/** The calls whose failures the catalog explains. */
export type SocketCall =
  | 'socket' | 'connect' | 'accept' | 'read' | 'write' | 'getsockopt' | 'setsockopt' | 'bind' | 'listen' | 'close'
  | 'shutdown' | 'getaddrinfo' | 'getpeername' | 'poll';

/** Whether retrying after this error is safe. */
export type RetryAdvice =
  | 'safe'            // nothing reached the peer: retry freely (with backoff)
  | 'idempotent-only' // the request may have been processed: retry only idempotent requests
  | 'after-fix'       // retrying unchanged fails the same way: fix the cause first
  | 'never';          // a programming error

/** What one call failing with this errno means. */
export interface CallEffect {
  readonly call: SocketCall;
  /** The packet story at TCP level: who sent FIN/RST/ICMP, which timer gave up. */
  readonly cause: string;
  /** What the application sees: this call, then later calls on the same socket. */
  readonly appSees: string;
  /** What to do in code. */
  readonly remedy: string;
  readonly retry: RetryAdvice;
}

/** A place where Linux differs from the classic BSD/POSIX account, with the source that shows it. */
export interface LinuxNote {
  readonly claim: string;
  /** Kernel file and function, man page or header, e.g. `net/ipv4/tcp_input.c: tcp_reset()`. */
  readonly source: string;
  /** The lab scenario that demonstrates it, when one exists. */
  readonly scenario?: string;
}

/** Everything the catalog says about one errno. */
export interface ErrnoEntry {
  readonly name: ErrnoName;
  /** When this name is another name for the same number on Linux (EWOULDBLOCK -> EAGAIN). */
  readonly aliasOf?: ErrnoName;
  /** glibc's strerror() text, e.g. "Connection reset by peer". */
  readonly message: string;
  /** libuv's name for it when libuv has one (UV_ECONNRESET), else null. */
  readonly libuv: string | null;
  /** How Node shows it, e.g. "Error: read ECONNRESET". */
  readonly node: string;
  /** One sentence: what happened. */
  readonly summary: string;
  readonly calls: readonly CallEffect[];
  readonly linuxNotes: readonly LinuxNote[];
  /** Lab scenario ids that reproduce this errno. */
  readonly scenarios: readonly string[];
}

/** The errno's number on every platform; null where the platform lacks it. */
export type PlatformNumbers = Readonly<Record<Platform, number | null>>;

/** A family of catalog entries keyed by name; each entry's `name` must equal its key. */
export type ErrnoEntryTable = { readonly [K in ErrnoName]?: ErrnoEntry & { readonly name: K } };
