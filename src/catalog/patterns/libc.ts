// Generic fallbacks: bare strerror()/libuv texts and bare errno names, plus the strerror text -> errno table.
import type { ErrnoName } from '../types.js';
import { definePatternTable } from '../pattern.js';

/** strerror() texts (glibc, macOS, musl), lower-cased, and the errno each one means; used by `from-message`. */
export const STRERROR_TEXTS: Readonly<Record<string, ErrnoName>> = {
  'connection reset by peer': 'ECONNRESET',
  'broken pipe': 'EPIPE',
  'connection refused': 'ECONNREFUSED',
  'connection timed out': 'ETIMEDOUT',
  'operation timed out': 'ETIMEDOUT',
  'no route to host': 'EHOSTUNREACH',
  'host is unreachable': 'EHOSTUNREACH',
  'network is unreachable': 'ENETUNREACH',
  'network unreachable': 'ENETUNREACH',
  'software caused connection abort': 'ECONNABORTED',
  'connection aborted': 'ECONNABORTED',
  'transport endpoint is not connected': 'ENOTCONN',
  'socket is not connected': 'ENOTCONN',
  'address already in use': 'EADDRINUSE',
  'cannot assign requested address': 'EADDRNOTAVAIL',
  "can't assign requested address": 'EADDRNOTAVAIL',
  'host is down': 'EHOSTDOWN',
  'network is down': 'ENETDOWN',
  'network dropped connection on reset': 'ENETRESET',
  'too many open files': 'EMFILE',
  'too many open files in system': 'ENFILE',
  'no buffer space available': 'ENOBUFS',
  'resource temporarily unavailable': 'EAGAIN',
  'operation now in progress': 'EINPROGRESS',
  'operation already in progress': 'EALREADY',
  'transport endpoint is already connected': 'EISCONN',
  'cannot send after transport endpoint shutdown': 'ESHUTDOWN',
  'protocol error': 'EPROTO',
  'bad file descriptor': 'EBADF',
  'temporary failure in name resolution': 'EAI_AGAIN',
  'name or service not known': 'ENOTFOUND',
  'no address associated with hostname': 'ENOTFOUND',
  'nodename nor servname provided, or not known': 'ENOTFOUND',
  'unknown host': 'ENOTFOUND',
};

/** Fallback patterns, tried on every line that mentions one of their texts; specific patterns win over them. */
export const libc = definePatternTable('libc', [
  {
    id: 'strerror',
    keywords: [
      'connection reset by peer', 'broken pipe', 'connection refused', 'timed out', 'no route to host', 'unreachable',
      'connection abort', 'not connected', 'address already in use', 'assign requested address', 'host is down',
      'network is down', 'dropped connection on reset', 'too many open files', 'no buffer space', 'name resolution',
      'name or service not known', 'no address associated with hostname', 'nodename nor servname',
    ],
    regex: /\b(?<message>connection reset by peer|broken pipe|connection refused|connection timed out|operation timed out|no route to host|host is unreachable|network is unreachable|software caused connection abort|transport endpoint is not connected|socket is not connected|address already in use|cannot assign requested address|can't assign requested address|host is down|network is down|network dropped connection on reset|too many open files(?: in system)?|no buffer space available|temporary failure in name resolution|name or service not known|no address associated with hostname|nodename nor servname provided, or not known)\b/i,
    errno: 'from-message',
    phase: 'unknown',
    generic: true,
    note: "The C library's strerror() text (also libuv's and most runtimes' wording) for the errno.",
  },
  {
    id: 'errno-name',
    keywords: [
      'econn', 'epipe', 'etimedout', 'ehostun', 'ehostdown', 'enetun', 'enetdown', 'enetreset', 'eaddr', 'enotfound',
      'eai_', 'enotconn', 'eproto', 'emfile', 'enfile', 'enobufs', 'eisconn', 'eshutdown', 'ealready', 'einprogress',
    ],
    regex: /(?<![\w])(?:UV_)?(?<name>E(?:CONN[A-Z]{5,7}|PIPE|TIMEDOUT|HOSTUNREACH|HOSTDOWN|NETUNREACH|NETDOWN|NETRESET|ADDRINUSE|ADDRNOTAVAIL|NOTFOUND|AI_AGAIN|NOTCONN|PROTO|MFILE|NFILE|NOBUFS|ISCONN|SHUTDOWN|ALREADY|INPROGRESS))\b/,
    errno: 'from-name',
    phase: 'unknown',
    generic: true,
    note: 'A bare errno name (or libuv UV_ name) in the text.',
  },
]);
