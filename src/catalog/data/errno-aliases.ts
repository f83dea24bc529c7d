// Other ecosystems' names for catalog codes (Rust io::ErrorKind, Zig's std errors, .NET SocketError, Chrome net::ERR_*,
// BEAM atoms, NSPR codes, libuv's Windows codes).
import type { ErrnoName } from '../types.js';

// libuv's own codes on Windows, where it cannot use the C library's errno (include/uv/errno.h): Node on Windows prints
// `errno: -4077` for ECONNRESET (on Linux and macOS the code is the negated errno, -104 or -54).

/** libuv's Windows code for a catalog errno (-4077 is UV_ECONNRESET), as a string key. */
export const LIBUV_WINDOWS_CODES: Readonly<Record<string, ErrnoName>> = {
  '-4091': 'EADDRINUSE',
  '-4090': 'EADDRNOTAVAIL',
  '-4089': 'EAFNOSUPPORT',
  '-4088': 'EAGAIN',
  '-4084': 'EALREADY',
  '-4081': 'ECANCELED',
  '-4079': 'ECONNABORTED',
  '-4078': 'ECONNREFUSED',
  '-4077': 'ECONNRESET',
  '-4073': 'EHOSTUNREACH',
  '-4069': 'EISCONN',
  '-4066': 'EMFILE',
  '-4065': 'EMSGSIZE',
  '-4063': 'ENETDOWN',
  '-4062': 'ENETUNREACH',
  '-4061': 'ENFILE',
  '-4060': 'ENOBUFS',
  '-4053': 'ENOTCONN',
  '-4050': 'ENOTSOCK',
  '-4047': 'EPIPE',
  '-4046': 'EPROTO',
  '-4039': 'ETIMEDOUT',
  '-4035': 'ENOPROTOOPT',
  '-4031': 'EHOSTDOWN',
};

/** NSPR's numbers for its socket errors (prerr.h: -5961 is PR_CONNECT_RESET_ERROR), as string keys. */
export const NSPR_CODES: Readonly<Record<string, ErrnoName>> = {
  '-5961': 'ECONNRESET',
  '-5981': 'ECONNREFUSED',
  '-5928': 'ECONNABORTED',
  '-5980': 'ENETUNREACH',
  '-5930': 'ENETDOWN',
  '-5927': 'EHOSTUNREACH',
  '-5982': 'EADDRINUSE',
};

// Keys are lower-case; a `from-name` group is looked up here when it is not an errno name itself. Rust and .NET map
// the kernel errno to these names one to one (ErrorKind::ConnectionReset is ECONNRESET); Chrome's net error for a
// failed socket call is named after the errno (ERR_CONNECTION_RESET); Erlang's inet reports `nxdomain` for a name
// that does not resolve.

/** A name another ecosystem gives a catalog code, lower-cased, and the code. */
export const ERRNO_ALIASES: Readonly<Record<string, ErrnoName>> = {
  // Rust std::io::ErrorKind
  connectionrefused: 'ECONNREFUSED',
  connectionreset: 'ECONNRESET',
  connectionaborted: 'ECONNABORTED',
  notconnected: 'ENOTCONN',
  addrinuse: 'EADDRINUSE',
  addrnotavailable: 'EADDRNOTAVAIL',
  brokenpipe: 'EPIPE',
  hostunreachable: 'EHOSTUNREACH',
  networkunreachable: 'ENETUNREACH',
  networkdown: 'ENETDOWN',
  // Zig's std.posix (ConnectionRefused and BrokenPipe as Rust's)
  connectionresetbypeer: 'ECONNRESET',
  connectiontimedout: 'ETIMEDOUT',
  // .NET System.Net.Sockets.SocketError (ConnectionRefused, ConnectionReset... as above)
  addressalreadyinuse: 'EADDRINUSE',
  addressnotavailable: 'EADDRNOTAVAIL',
  networkreset: 'ENETRESET',
  hostdown: 'EHOSTDOWN',
  toomanyopensockets: 'EMFILE',
  nobufferspaceavailable: 'ENOBUFS',
  accessdenied: 'EACCES',
  hostnotfound: 'ENOTFOUND',
  tryagain: 'EAI_AGAIN',
  // Chrome net::ERR_* for failed socket calls
  err_connection_reset: 'ECONNRESET',
  err_connection_refused: 'ECONNREFUSED',
  err_connection_aborted: 'ECONNABORTED',
  err_connection_timed_out: 'ETIMEDOUT',
  err_address_unreachable: 'EHOSTUNREACH',
  err_address_in_use: 'EADDRINUSE',
  err_network_access_denied: 'EACCES',
  err_name_not_resolved: 'ENOTFOUND',
  err_name_resolution_failed: 'EAI_AGAIN',
  // getaddrinfo's own names for a name that does not resolve (libuv prints them: `unknown node or service (EAI_NONAME)`)
  eai_noname: 'ENOTFOUND',
  eai_nodata: 'ENOTFOUND',
  // Erlang/OTP inet
  nxdomain: 'ENOTFOUND',
  // NSPR (Firefox, NSS): prerr.h names and numbers of its socket errors
  pr_connect_reset_error: 'ECONNRESET',
  pr_connect_refused_error: 'ECONNREFUSED',
  pr_connect_aborted_error: 'ECONNABORTED',
  pr_network_unreachable_error: 'ENETUNREACH',
  pr_network_down_error: 'ENETDOWN',
  pr_host_unreachable_error: 'EHOSTUNREACH',
  pr_address_in_use_error: 'EADDRINUSE',
  // Windows NTSTATUS names for failed socket calls, as Samba prints them after mapping the errno (NT_STATUS_*)
  status_connection_refused: 'ECONNREFUSED',
  status_connection_reset: 'ECONNRESET',
  status_connection_aborted: 'ECONNABORTED',
  status_host_unreachable: 'EHOSTUNREACH',
  status_network_unreachable: 'ENETUNREACH',
  ...NSPR_CODES,
  ...LIBUV_WINDOWS_CODES,
};
