// Python exceptions: ConnectionResetError, BrokenPipeError, socket.gaierror, urllib3/requests wrappers.
import { definePatternTable } from '../pattern.js';

// urllib3 and requests name the peer as `HTTPConnectionPool(host='10.0.0.9', port=8080)` or `HTTPConnection(host=...)`.
const POOL_PEER = /\bhost='(?<host>[^'\s]{1,255})', port=(?<port>\d{1,5})\b/;

/** Patterns for CPython's socket exceptions and the requests/urllib3/http.client wrappers. */
export const python = definePatternTable('python', [
  {
    id: 'smtp-closed-by-timeout',
    keywords: ['connection unexpectedly closed: '],
    // smtplib raises SMTPServerDisconnected(`Connection unexpectedly closed: ` + the socket error) when reading a reply
    // fails; after the colon comes the cause. `timed out` (or ssl's `The read operation timed out`) is the socket timeout
    // the program passed to SMTP(): the server did not answer in time (often a TLS port spoken to in plain text, or the
    // reverse), and nothing closed the connection.
    // The exception's name, when the line shows it, is part of the match, so the generic close row it also names
    // (`SMTPServerDisconnected`) gives way instead of answering peer-closed beside this timer.
    regex: /(?:\bSMTPServerDisconnected\b[(:"' ]{1,4})?\bConnection unexpectedly closed: \(?\\?'?(?:The (?:read|write|handshake) operation )?timed out\b/,
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "smtplib's socket timeout expired while it waited for the SMTP server's reply (not a close by the server): the server is slow or unreachable, or the port expects the other TLS mode (465 implicit TLS, 587 STARTTLS).",
  },
  {
    id: 'connection-reset',
    keywords: ['connectionreseterror'],
    regex: /\bConnectionResetError\b(?:(?::\s?\[(?:Errno|WinError)\s|\()(?<number>\d{1,5})[\],])?/,
    errno: 'ECONNRESET',
    phase: 'unknown',
    note: 'Python raises ConnectionResetError for ECONNRESET from recv() or send(): the peer sent an RST.',
  },
  {
    id: 'broken-pipe',
    keywords: ['brokenpipeerror'],
    regex: /\bBrokenPipeError\b(?:(?::\s?\[(?:Errno|WinError)\s|\()(?<number>\d{1,5})[\],])?/,
    errno: 'EPIPE',
    phase: 'write',
    note: 'BrokenPipeError is EPIPE from send(): the connection was already reset or shut down for writing. Python ignores SIGPIPE, so the error surfaces as an exception.',
  },
  {
    id: 'connection-refused',
    keywords: ['connectionrefusederror'],
    regex: /\bConnectionRefusedError\b(?:(?::\s?\[(?:Errno|WinError)\s|\()(?<number>\d{1,5})[\],])?/,
    errno: 'ECONNREFUSED',
    phase: 'connect',
    note: 'ConnectionRefusedError is ECONNREFUSED from connect(): the host answered the SYN with an RST (nothing listening on that port).',
  },
  {
    id: 'connection-aborted',
    keywords: ['connectionabortederror'],
    regex: /\bConnectionAbortedError\b(?:(?::\s?\[(?:Errno|WinError)\s|\()(?<number>\d{1,5})[\],])?/,
    errno: 'ECONNABORTED',
    phase: 'unknown',
    note: 'ConnectionAbortedError is ECONNABORTED; on Windows (WinError 10053) the local stack aborted the connection, on Linux it mostly comes from accept().',
  },
  {
    id: 'timeout-errno',
    keywords: ['timeouterror'],
    regex: /\bTimeoutError:?\s?\[(?:Errno|WinError)\s(?<number>\d{1,5})\]/,
    errno: 'ETIMEDOUT',
    phase: 'unknown',
    note: 'TimeoutError with an errno is the kernel giving up (SYN retries on connect, retransmissions or keepalive on an established connection).',
  },
  {
    id: 'timeout-timer',
    keywords: ['timeouterror: timed out', 'socket.timeout', 'read timed out.', 'readtimeout'],
    regex: /\b(?:TimeoutError: timed out|socket\.timeout(?:: timed out)?|Read timed out\.|ReadTimeout(?:Error)?\b)/,
    peerRegex: POOL_PEER,
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "Python's own timer (socket.settimeout, requests' timeout=) expired with no data; the kernel reported no error and the connection may still be alive.",
  },
  {
    id: 'gaierror-again',
    keywords: ['errno -3]'],
    regex: /\[Errno -3\](?:\s(?:Temporary failure in name resolution|Try again))?/,
    peerRegex: POOL_PEER,
    errno: 'EAI_AGAIN',
    phase: 'dns',
    note: 'socket.gaierror EAI_AGAIN (-3 in glibc): the resolver got no answer (DNS server down, unreachable or timing out). Often transient.',
  },
  {
    id: 'gaierror-not-found',
    keywords: ['errno -2]', 'errno -5]', 'errno 8]', 'errno 11001]', 'winerror 11001]'],
    regex: /\[(?:Errno (?:-2|-5|8|11001)|WinError 11001)\](?:\s(?:Name or service not known|No address associated with hostname|nodename nor servname provided, or not known|getaddrinfo failed))?/,
    peerRegex: POOL_PEER,
    errno: 'ENOTFOUND',
    phase: 'dns',
    note: 'socket.gaierror: the name does not resolve (EAI_NONAME -2 or EAI_NODATA -5 on glibc, 8 on macOS, WSAHOST_NOT_FOUND 11001 on Windows). Node calls this ENOTFOUND.',
  },
  {
    id: 'oserror-errno',
    keywords: ['oserror', 'socket.error'],
    regex: /\b(?:OSError|socket\.error):?\s?[[(](?:Errno\s)?(?<number>\d{1,5})[\],]/,
    errno: 'from-number',
    anyErrno: true,
    phase: 'unknown',
    note: 'A bare OSError carries the errno number; Python only has subclasses for the commonest ones.',
  },
  {
    id: 'urllib3-new-connection',
    keywords: ['failed to establish a new connection'],
    regex: /Failed to establish a new connection: \[(?:Errno|WinError) (?<number>-?\d{1,5})\]/,
    peerRegex: POOL_PEER,
    errno: 'from-number',
    phase: 'connect',
    note: "urllib3's NewConnectionError (requests' ConnectionError, `Max retries exceeded`): connect() failed with this errno.",
  },
  {
    id: 'remote-disconnected',
    keywords: ['remotedisconnected', 'remote end closed connection'],
    regex: /\b(?:RemoteDisconnected|Remote end closed connection without response)\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "http.client's RemoteDisconnected: the server closed the connection (FIN, sometimes RST) before sending a status line, typically a reused keep-alive connection the server had already timed out. Like Node's `socket hang up`.",
  },
  {
    id: 'aiohttp-cannot-connect',
    keywords: ['cannot connect to host'],
    regex: /\bCannot connect to host (?<peer>[\w.:[\]%-]{1,255}) ssl:[\w<>.-]{1,40} \[(?<message>[A-Z][A-Za-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'connect',
    note: "aiohttp's ClientConnectorError: connect() failed. The bracket holds the OSError's text; asyncio's `Connect call failed (...)` hides the errno (usually ECONNREFUSED; check err.os_error.errno).",
  },
  {
    id: 'asyncio-bind',
    keywords: ['error while attempting to bind on address'],
    // asyncio's create_server (uvicorn, aiohttp, Sanic, every asyncio server): bind() failed, so EADDRNOTAVAIL here is
    // an address this host lacks (`::1` without IPv6, a stale IP), not ephemeral ports running out.
    regex: /\[Errno (?<number>\d{1,5})\] error while attempting to (?<call>bind) on address\b/,
    errno: 'from-number',
    anyErrno: true,
    phase: 'from-call',
    supersedes: ['python.errno-bracket', 'python.oserror-errno'],
    note: "asyncio could not bind the server's listening socket: the port is taken (EADDRINUSE) or the address is not on this host (EADDRNOTAVAIL).",
  },
  {
    id: 'herror',
    keywords: ['herror: [errno ', 'unknown host', 'host name lookup failure', 'unknown server error', 'no address associated with name'],
    // socket.herror (gethostbyaddr, gethostbyname_ex) carries the resolver's h_errno and hstrerror's text, not an errno:
    // 1 HOST_NOT_FOUND `Unknown host`, 2 TRY_AGAIN `Host name lookup failure`, 3 NO_RECOVERY `Unknown server error`,
    // 4 NO_DATA `No address associated with name`. Read as errnos they would be EPERM, ENOENT, ESRCH and EINTR.
    regex: /\bherror: \[Errno -?\d{1,4}\]|\[Errno [1-4]\] {1,2}(?:Unknown host|Host name lookup failure|Unknown server error|No address associated with name)\b/,
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    supersedes: ['python.errno-bracket', 'python.oserror-errno'],
    phase: 'dns',
    note: "Python's socket.herror: the resolver found no name for the address (a reverse lookup by gethostbyaddr, often the machine's own IP missing from /etc/hosts and DNS) or no address for the name; the number is the resolver's h_errno, not an errno. Catch socket.herror where a missing reverse name is harmless.",
  },
  {
    id: 'errno-bracket',
    keywords: ['[errno '],
    regex: /\[Errno (?<number>\d{1,5})\]/,
    errno: 'from-number',
    anyErrno: true,
    phase: 'unknown',
    generic: true,
    note: "An OSError's errno in Python's `[Errno N]` form, whatever the exception class around it.",
  },
  {
    id: 'winerror-bracket',
    keywords: ['[winerror '],
    // A Windows error code: WinSock numbers (10054) are catalog errnos; Win32 codes such as 64 or 121 are not errnos on
    // any platform, and their text (read by the libc table) says what they mean.
    regex: /\[WinError (?<number>\d{1,5})\]/,
    errno: 'from-number',
    anyErrno: true,
    platform: 'windows',
    phase: 'unknown',
    generic: true,
    note: "An OSError's Windows error code in Python's `[WinError N]` form, whatever the exception class around it.",
  },
  {
    id: 'socket-error-repr',
    keywords: ['error('],
    // `error(10065, '')`, `socket.error(104, 'Connection reset by peer')`: the repr of an OSError from a socket call.
    regex: /(?<![\w.])(?:socket\.)?error\((?<number>\d{1,5}), '/,
    errno: 'from-number',
    phase: 'unknown',
    note: "The repr of a socket.error (an OSError) in a log: the errno, then its text.",
  },
  {
    id: 'server-disconnected',
    keywords: ['serverdisconnectederror', 'rxendoffile', 'connectionterminated', 'connectionclosed'],
    regex: /\b(?:ServerDisconnectedError|RxEndOfFile|ConnectionTerminated error_code|event type ConnectionClosed)\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "The server closed the connection: aiohttp's ServerDisconnectedError, pika's RxEndOfFile (the broker closed the AMQP connection), h2's ConnectionTerminated (a GOAWAY) or h11's ConnectionClosed event.",
  },
]);
