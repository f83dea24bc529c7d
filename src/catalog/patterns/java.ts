// Java exceptions from java.net and Netty: SocketException, ConnectException, SocketTimeoutException.
import { ERRNO_ENTRIES } from '../data/entries.js';
import { definePatternTable } from '../pattern.js';

// The catalog's errno names, which Android's libcore prints after `<call> failed: `.
const ERRNO_NAMES = Object.keys(ERRNO_ENTRIES);

/** Patterns for the JDK's java.net exceptions and Netty's native transport. */
export const java = definePatternTable('java', [
  {
    id: 'connection-reset',
    keywords: ['connection reset'],
    regex: /\b(?:SocketException|SSLException|IOException): Connection reset(?! by peer)\b/,
    errno: 'ECONNRESET',
    phase: 'read',
    note: 'The JDK says `Connection reset` when a read hits ECONNRESET (the peer sent an RST), and `Connection reset by peer` on the write path.',
  },
  {
    id: 'connection-reset-by-peer',
    keywords: ['connection reset by peer'],
    regex: /\b(?:SocketException|IOException): Connection reset by peer\b/,
    errno: 'ECONNRESET',
    phase: 'unknown',
    note: 'ECONNRESET reported with the kernel text, mostly from a write (or Netty/NIO reads): the peer sent an RST.',
  },
  {
    id: 'broken-pipe',
    keywords: ['broken pipe'],
    regex: /\b(?:SocketException|IOException): Broken pipe(?: \(Write failed\))?/,
    errno: 'EPIPE',
    phase: 'write',
    note: 'EPIPE from a socket write: the connection had already been reset or closed by the peer. The JVM ignores SIGPIPE, so it surfaces as this exception.',
  },
  {
    id: 'connect-refused',
    keywords: ['connectexception: connection refused'],
    regex: /\bConnectException: Connection refused(?:: (?:connect|no further information))?(?:: (?<peer>[\w.:/[\]%-]{1,255}))?/,
    errno: 'ECONNREFUSED',
    phase: 'connect',
    note: 'ECONNREFUSED from connect(): the host answered the SYN with an RST, nothing listens on that port.',
  },
  {
    id: 'connect-timed-out-kernel',
    keywords: ['connectexception: connection timed out'],
    regex: /\bConnectException: Connection timed out\b/,
    errno: 'ETIMEDOUT',
    phase: 'connect',
    note: 'ETIMEDOUT from connect(): the kernel retried the SYN until tcp_syn_retries ran out with no answer.',
  },
  {
    id: 'no-route-to-host',
    keywords: ['noroutetohostexception'],
    regex: /\bNoRouteToHostException: (?:No route to host|Host is unreachable)\b/,
    errno: 'EHOSTUNREACH',
    phase: 'connect',
    note: 'EHOSTUNREACH from connect(): an ICMP host-unreachable came back, or a firewall rejected with icmp-host-prohibited, or ARP/neighbour discovery failed.',
  },
  {
    id: 'socket-timeout-connect',
    keywords: ['connect timed out'],
    regex: /\bSocketTimeoutException: [Cc]onnect timed out\b/,
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "The JVM's own connect timeout (Socket.connect(addr, timeout), HttpClient connectTimeout) expired before the handshake finished; the kernel may still have been retrying SYNs.",
  },
  {
    id: 'socket-timeout-read',
    keywords: ['read timed out'],
    regex: /\bSocketTimeoutException: Read timed out\b/,
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: 'SO_TIMEOUT (setSoTimeout) expired while waiting for data; nothing failed in the kernel and the connection may still be alive.',
  },
  {
    id: 'unknown-host',
    keywords: ['unknownhostexception'],
    regex: /\bUnknownHostException: (?<peer>[\w.-]{1,255})/,
    errno: 'ENOTFOUND',
    phase: 'dns',
    note: 'The name did not resolve (NXDOMAIN, or no address); a transient resolver failure looks the same in Java, so check the resolver too.',
  },
  {
    id: 'netty-native',
    keywords: ['nativeioexception', ') failed: '],
    regex: /\b(?<call>readAddress|writeAddress|writev|write|read|sendAddress|recvAddress|connect|finishConnect|syscall:\w{1,20})\(\.\.\) failed: (?<message>[A-Z][a-z][a-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'from-call',
    note: "Netty's epoll/kqueue transport reports the syscall and the kernel's strerror text.",
  },
  {
    id: 'no-http-response',
    keywords: ['nohttpresponseexception', 'failed to respond'],
    regex: /\bNoHttpResponseException\b|\b(?:The target server|[\w.-]{1,255}:\d{1,5}) failed to respond\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "Apache HttpClient's NoHttpResponseException: the server closed the connection without sending a status line, almost always a pooled keep-alive connection the server had already closed. Evict idle connections sooner than the server's keep-alive timeout.",
  },
  {
    id: 'eof-before-status',
    keywords: ['eofexception: \\n not found'],
    regex: /\bEOFException: \\n not found: (?:limit|size)=0\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "okio (OkHttp) hit end of stream with 0 bytes where the status line should be: the server closed the connection before answering.",
  },
  {
    id: 'android-connect-timeout',
    keywords: ['failed to connect to '],
    // Android's libcore words its connect timer so (`... after 10000ms`); a refused connect ends in `: isConnected
    // failed: ECONNREFUSED (Connection refused)` instead.
    regex: /\bfailed to connect to (?<peer>\S{1,260}) \(port (?<port>\d{1,5})\)(?: from \S{1,260} \(port \d{1,5}\))? after \d{1,9}ms\b/,
    errno: null,
    kind: 'timer',
    origin: { by: 'android' },
    phase: 'connect',
    note: "Android's connect timeout (the one the app or OkHttp set, 10 s by default) expired before the server answered the SYN: the host is down or filtered, or the address (10.0.2.2 is the emulator's host) is wrong.",
  },
  {
    id: 'android-errno-exception',
    keywords: ERRNO_NAMES.flatMap((name) => [`failed: ${name.toLowerCase()} (`, `failed: ${name.toLowerCase()}(`]),
    // Android's libcore names the call and the errno of every failed syscall (android.system.ErrnoException, wrapped in
    // SocketException or IOException): `sendto failed: EPERM (Operation not permitted)` (a VPN or firewall app dropping
    // the packet), `recvfrom failed: ECONNRESET (Connection reset by peer)`, `isConnected failed: ECONNREFUSED (...)`.
    regex: new RegExp(`\\b(?<call>[a-z]\\w{1,30}) failed: (?<name>${ERRNO_NAMES.join('|')}) ?\\(`),
    errno: 'from-name',
    phase: 'from-call',
    note: "An Android syscall failed with this errno (libcore's ErrnoException names the call): EPERM on sendto or connect usually means a VPN, firewall or data-saver app blocks this app's traffic; the others mean what the kernel's errno means.",
  },
  {
    id: 'handshake-terminated',
    keywords: ['remote host terminated the handshake', 'remote host closed connection during handshake'],
    regex: /\bRemote host (?:terminated the handshake|closed connection during handshake)\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'connect',
    note: 'The server (or a middlebox) closed the connection in the middle of the TLS handshake: an EOF, not a certificate or protocol alert.',
  },
  {
    id: 'okhttp-stream-reset',
    keywords: ['stream was reset: '],
    // OkHttp's StreamResetException (Android apps, Retrofit): the HTTP/2 stream got an RST_STREAM with this error code
    // (`stream was reset: CANCEL`, `PROTOCOL_ERROR`, `INTERNAL_ERROR`).
    regex: /\bStreamResetException: stream was reset: [A-Z_]{3,30}\b/,
    errno: null,
    kind: 'peer-closed',
    origin: { by: 'OkHttp' },
    phase: 'read',
    note: "The HTTP/2 stream was reset (RST_STREAM) before the response was complete, almost always by the server or a proxy in between (INTERNAL_ERROR, PROTOCOL_ERROR: a server-side failure or a framing the proxy rejects; CANCEL: it gave up on the stream), rarely by the app cancelling its own call. No socket errno; the connection may carry on. Retry idempotent requests.",
  },
]);
