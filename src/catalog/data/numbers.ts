// Errno numbers per platform, read from real headers (sources and versions in docs/catalog-sources.md).
import type { ErrnoName, PlatformNumbers } from '../types.js';

// Column meanings (R10: every cell is a number or an explicit null):
// - linux/alpha/mips/sparc/parisc/powerpc: the kernel uapi asm/errno.h of that architecture (linux = asm-generic,
//   used by x86, arm, riscv...), #undefs included: alpha undefines errno-base.h's EAGAIN 11 and makes it 35.
//   ENOTSUP is not a kernel name: glibc's bits/errno.h defines it as EOPNOTSUPP, so those columns carry
//   EOPNOTSUPP's number. EWOULDBLOCK is EAGAIN's number everywhere but Windows.
// - freebsd/openbsd/macos: sys/errno.h. FreeBSD aliases ENOTSUP to EOPNOTSUPP (45); OpenBSD gives ENOTSUP its own
//   number (91); macOS gives ENOTSUP 45 and EOPNOTSUPP 102 (the kernel's and UNIX03 value).
// - windows: the WinSock code named WSA<name> (WSAECANCELLED for ECANCELED); null when WinSock has no such name.
//   WinSock has no WSAEAGAIN: the "try later" code is WSAEWOULDBLOCK, listed under EWOULDBLOCK only.
// - newlib: newlib's sys/errno.h, the numbering of ESP-IDF and Arduino on the ESP32 and of other embedded SDKs whose lwIP
//   uses the C library's errno (113 is ECONNABORTED, 118 EHOSTUNREACH). ESHUTDOWN, ESOCKTNOSUPPORT and ENONET are defined
//   only with __LINUX_ERRNO_EXTENSIONS__ (no other name takes their numbers). newlib has no netdb.h: no EAI_AGAIN.
// Resolver codes are not errnos. EAI_AGAIN holds getaddrinfo()'s return value from the platform's netdb.h (glibc -3
// on every Linux column; Windows EAI_AGAIN is WSATRY_AGAIN). ENOTFOUND is Node's own name for EAI_NONAME and
// EAI_NODATA together, with no number of its own, so it is null everywhere. macOS EAI_AGAIN is Libinfo's netdb.h (2).

/** Every catalog errno's number on each platform; null where the platform lacks it. */
export const ERRNO_NUMBERS = {
  EPERM: { linux: 1, alpha: 1, mips: 1, sparc: 1, parisc: 1, powerpc: 1, freebsd: 1, macos: 1, openbsd: 1, windows: null, newlib: 1 },
  EINTR: { linux: 4, alpha: 4, mips: 4, sparc: 4, parisc: 4, powerpc: 4, freebsd: 4, macos: 4, openbsd: 4, windows: 10004, newlib: 4 },
  EBADF: { linux: 9, alpha: 9, mips: 9, sparc: 9, parisc: 9, powerpc: 9, freebsd: 9, macos: 9, openbsd: 9, windows: 10009, newlib: 9 },
  EAGAIN: { linux: 11, alpha: 35, mips: 11, sparc: 11, parisc: 11, powerpc: 11, freebsd: 35, macos: 35, openbsd: 35, windows: null, newlib: 11 },
  EWOULDBLOCK: { linux: 11, alpha: 35, mips: 11, sparc: 11, parisc: 11, powerpc: 11, freebsd: 35, macos: 35, openbsd: 35, windows: 10035, newlib: 11 },
  EACCES: { linux: 13, alpha: 13, mips: 13, sparc: 13, parisc: 13, powerpc: 13, freebsd: 13, macos: 13, openbsd: 13, windows: 10013, newlib: 13 },
  EFAULT: { linux: 14, alpha: 14, mips: 14, sparc: 14, parisc: 14, powerpc: 14, freebsd: 14, macos: 14, openbsd: 14, windows: 10014, newlib: 14 },
  EINVAL: { linux: 22, alpha: 22, mips: 22, sparc: 22, parisc: 22, powerpc: 22, freebsd: 22, macos: 22, openbsd: 22, windows: 10022, newlib: 22 },
  EMFILE: { linux: 24, alpha: 24, mips: 24, sparc: 24, parisc: 24, powerpc: 24, freebsd: 24, macos: 24, openbsd: 24, windows: 10024, newlib: 24 },
  ENFILE: { linux: 23, alpha: 23, mips: 23, sparc: 23, parisc: 23, powerpc: 23, freebsd: 23, macos: 23, openbsd: 23, windows: null, newlib: 23 },
  ENOBUFS: { linux: 105, alpha: 55, mips: 132, sparc: 55, parisc: 233, powerpc: 105, freebsd: 55, macos: 55, openbsd: 55, windows: 10055, newlib: 105 },
  ENOMEM: { linux: 12, alpha: 12, mips: 12, sparc: 12, parisc: 12, powerpc: 12, freebsd: 12, macos: 12, openbsd: 12, windows: null, newlib: 12 },
  EPIPE: { linux: 32, alpha: 32, mips: 32, sparc: 32, parisc: 32, powerpc: 32, freebsd: 32, macos: 32, openbsd: 32, windows: null, newlib: 32 },
  EDOM: { linux: 33, alpha: 33, mips: 33, sparc: 33, parisc: 33, powerpc: 33, freebsd: 33, macos: 33, openbsd: 33, windows: null, newlib: 33 },
  ENOTSOCK: { linux: 88, alpha: 38, mips: 95, sparc: 38, parisc: 216, powerpc: 88, freebsd: 38, macos: 38, openbsd: 38, windows: 10038, newlib: 108 },
  EDESTADDRREQ: { linux: 89, alpha: 39, mips: 96, sparc: 39, parisc: 217, powerpc: 89, freebsd: 39, macos: 39, openbsd: 39, windows: 10039, newlib: 121 },
  EMSGSIZE: { linux: 90, alpha: 40, mips: 97, sparc: 40, parisc: 218, powerpc: 90, freebsd: 40, macos: 40, openbsd: 40, windows: 10040, newlib: 122 },
  EPROTOTYPE: { linux: 91, alpha: 41, mips: 98, sparc: 41, parisc: 219, powerpc: 91, freebsd: 41, macos: 41, openbsd: 41, windows: 10041, newlib: 107 },
  ENOPROTOOPT: { linux: 92, alpha: 42, mips: 99, sparc: 42, parisc: 220, powerpc: 92, freebsd: 42, macos: 42, openbsd: 42, windows: 10042, newlib: 109 },
  EPROTONOSUPPORT: { linux: 93, alpha: 43, mips: 120, sparc: 43, parisc: 221, powerpc: 93, freebsd: 43, macos: 43, openbsd: 43, windows: 10043, newlib: 123 },
  ESOCKTNOSUPPORT: { linux: 94, alpha: 44, mips: 121, sparc: 44, parisc: 222, powerpc: 94, freebsd: 44, macos: 44, openbsd: 44, windows: 10044, newlib: 124 },
  EOPNOTSUPP: { linux: 95, alpha: 45, mips: 122, sparc: 45, parisc: 223, powerpc: 95, freebsd: 45, macos: 102, openbsd: 45, windows: 10045, newlib: 95 },
  ENOTSUP: { linux: 95, alpha: 45, mips: 122, sparc: 45, parisc: 223, powerpc: 95, freebsd: 45, macos: 45, openbsd: 91, windows: null, newlib: 134 },
  EPFNOSUPPORT: { linux: 96, alpha: 46, mips: 123, sparc: 46, parisc: 224, powerpc: 96, freebsd: 46, macos: 46, openbsd: 46, windows: 10046, newlib: 96 },
  EAFNOSUPPORT: { linux: 97, alpha: 47, mips: 124, sparc: 47, parisc: 225, powerpc: 97, freebsd: 47, macos: 47, openbsd: 47, windows: 10047, newlib: 106 },
  EADDRINUSE: { linux: 98, alpha: 48, mips: 125, sparc: 48, parisc: 226, powerpc: 98, freebsd: 48, macos: 48, openbsd: 48, windows: 10048, newlib: 112 },
  EADDRNOTAVAIL: { linux: 99, alpha: 49, mips: 126, sparc: 49, parisc: 227, powerpc: 99, freebsd: 49, macos: 49, openbsd: 49, windows: 10049, newlib: 125 },
  ENETDOWN: { linux: 100, alpha: 50, mips: 127, sparc: 50, parisc: 228, powerpc: 100, freebsd: 50, macos: 50, openbsd: 50, windows: 10050, newlib: 115 },
  ENETUNREACH: { linux: 101, alpha: 51, mips: 128, sparc: 51, parisc: 229, powerpc: 101, freebsd: 51, macos: 51, openbsd: 51, windows: 10051, newlib: 114 },
  ENETRESET: { linux: 102, alpha: 52, mips: 129, sparc: 52, parisc: 230, powerpc: 102, freebsd: 52, macos: 52, openbsd: 52, windows: 10052, newlib: 126 },
  ECONNABORTED: { linux: 103, alpha: 53, mips: 130, sparc: 53, parisc: 231, powerpc: 103, freebsd: 53, macos: 53, openbsd: 53, windows: 10053, newlib: 113 },
  ECONNRESET: { linux: 104, alpha: 54, mips: 131, sparc: 54, parisc: 232, powerpc: 104, freebsd: 54, macos: 54, openbsd: 54, windows: 10054, newlib: 104 },
  EISCONN: { linux: 106, alpha: 56, mips: 133, sparc: 56, parisc: 234, powerpc: 106, freebsd: 56, macos: 56, openbsd: 56, windows: 10056, newlib: 127 },
  ENOTCONN: { linux: 107, alpha: 57, mips: 134, sparc: 57, parisc: 235, powerpc: 107, freebsd: 57, macos: 57, openbsd: 57, windows: 10057, newlib: 128 },
  ESHUTDOWN: { linux: 108, alpha: 58, mips: 143, sparc: 58, parisc: 236, powerpc: 108, freebsd: 58, macos: 58, openbsd: 58, windows: 10058, newlib: 110 },
  ETOOMANYREFS: { linux: 109, alpha: 59, mips: 144, sparc: 59, parisc: 237, powerpc: 109, freebsd: 59, macos: 59, openbsd: 59, windows: 10059, newlib: 129 },
  ETIMEDOUT: { linux: 110, alpha: 60, mips: 145, sparc: 60, parisc: 238, powerpc: 110, freebsd: 60, macos: 60, openbsd: 60, windows: 10060, newlib: 116 },
  ECONNREFUSED: { linux: 111, alpha: 61, mips: 146, sparc: 61, parisc: 239, powerpc: 111, freebsd: 61, macos: 61, openbsd: 61, windows: 10061, newlib: 111 },
  EHOSTDOWN: { linux: 112, alpha: 64, mips: 147, sparc: 64, parisc: 241, powerpc: 112, freebsd: 64, macos: 64, openbsd: 64, windows: 10064, newlib: 117 },
  EHOSTUNREACH: { linux: 113, alpha: 65, mips: 148, sparc: 65, parisc: 242, powerpc: 113, freebsd: 65, macos: 65, openbsd: 65, windows: 10065, newlib: 118 },
  EALREADY: { linux: 114, alpha: 37, mips: 149, sparc: 37, parisc: 244, powerpc: 114, freebsd: 37, macos: 37, openbsd: 37, windows: 10037, newlib: 120 },
  EINPROGRESS: { linux: 115, alpha: 36, mips: 150, sparc: 36, parisc: 245, powerpc: 115, freebsd: 36, macos: 36, openbsd: 36, windows: 10036, newlib: 119 },
  EPROTO: { linux: 71, alpha: 85, mips: 71, sparc: 86, parisc: 61, powerpc: 71, freebsd: 92, macos: 100, openbsd: 95, windows: null, newlib: 71 },
  ENONET: { linux: 64, alpha: 105, mips: 64, sparc: 80, parisc: 50, powerpc: 64, freebsd: null, macos: null, openbsd: null, windows: null, newlib: 64 },
  ETIME: { linux: 62, alpha: 83, mips: 62, sparc: 73, parisc: 52, powerpc: 62, freebsd: null, macos: 101, openbsd: null, windows: null, newlib: 62 },
  ENOSR: { linux: 63, alpha: 82, mips: 63, sparc: 74, parisc: 53, powerpc: 63, freebsd: null, macos: 98, openbsd: null, windows: null, newlib: 63 },
  ECANCELED: { linux: 125, alpha: 131, mips: 158, sparc: 127, parisc: 253, powerpc: 125, freebsd: 85, macos: 89, openbsd: 88, windows: 10103, newlib: 140 },
  ENOTFOUND: { linux: null, alpha: null, mips: null, sparc: null, parisc: null, powerpc: null, freebsd: null, macos: null, openbsd: null, windows: null, newlib: null },
  EAI_AGAIN: { linux: -3, alpha: -3, mips: -3, sparc: -3, parisc: -3, powerpc: -3, freebsd: 2, macos: 2, openbsd: -3, windows: 11002, newlib: null },
} as const satisfies Record<ErrnoName, PlatformNumbers>;
