// The kind of failure each catalog code stands for when a line shows it (most are kernel errnos: `errno`).
import type { ErrnoName, Kind } from '../types.js';

// A resource running out is `resource-limit` even when the kernel reports it as an errno (EMFILE from accept(),
// EADDRNOTAVAIL from connect(): the ephemeral ports ran out; recognize.ts makes EADDRNOTAVAIL from bind(), an address
// this host lacks, `errno`); the resolver codes are `resolution` and never a kernel errno.

/** The kind of each catalog code. */
export const KIND_OF_ERRNO = {
  EPERM: 'errno', EINTR: 'errno', EBADF: 'errno', EAGAIN: 'errno', EWOULDBLOCK: 'errno', EACCES: 'errno',
  EFAULT: 'errno', EINVAL: 'errno', EMFILE: 'resource-limit', ENFILE: 'resource-limit', ENOBUFS: 'resource-limit',
  ENOMEM: 'resource-limit', EPIPE: 'errno', EDOM: 'errno', ENOTSOCK: 'errno', EDESTADDRREQ: 'errno', EMSGSIZE: 'errno',
  EPROTOTYPE: 'errno', ENOPROTOOPT: 'errno', EPROTONOSUPPORT: 'errno', ESOCKTNOSUPPORT: 'errno', EOPNOTSUPP: 'errno',
  ENOTSUP: 'errno', EPFNOSUPPORT: 'errno', EAFNOSUPPORT: 'errno', EADDRINUSE: 'errno', EADDRNOTAVAIL: 'resource-limit',
  ENETDOWN: 'errno', ENETUNREACH: 'errno', ENETRESET: 'errno', ECONNABORTED: 'errno', ECONNRESET: 'errno',
  EISCONN: 'errno', ENOTCONN: 'errno', ESHUTDOWN: 'errno', ETOOMANYREFS: 'errno', ETIMEDOUT: 'errno',
  ECONNREFUSED: 'errno', EHOSTDOWN: 'errno', EHOSTUNREACH: 'errno', EALREADY: 'errno', EINPROGRESS: 'errno',
  EPROTO: 'errno', ENONET: 'errno', ETIME: 'errno', ENOSR: 'resource-limit', ECANCELED: 'errno',
  ENOTFOUND: 'resolution', EAI_AGAIN: 'resolution',
} as const satisfies Record<ErrnoName, Kind>;
