// curl's exit-code messages: `curl: (7) Failed to connect`, `(28) timed out`, `(52) Empty reply`, `(56) Recv failure`.
import { definePatternTable } from '../pattern.js';

/** Patterns for curl's error lines (`curl: (N) ...`). */
export const curl = definePatternTable('curl', [
  {
    id: '7-failed-to-connect',
    keywords: ['failed to connect to'],
    regex: /\b[Ff]ailed to connect to (?<host>[\w.:[\]%-]{1,255}) port (?<port>\d{1,5})(?: after \d{1,9} ms)?: (?<message>[A-Z][A-Za-z' ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'connect',
    note: "curl exit 7 (CURLE_COULDNT_CONNECT): every address failed; the text is the last connect() errno's strerror. `Couldn't connect to server` hides which one.",
  },
  {
    id: '7-couldnt-connect',
    keywords: ["couldn't connect to server"],
    // libcurl's own text for code 7 (curl_easy_strerror), which PHP, git and R print when they have no errno text.
    regex: /\bCouldn't connect to server\b/,
    errno: null,
    kind: 'errno',
    phase: 'connect',
    note: "libcurl's CURLE_COULDNT_CONNECT (7) without the errno: connect() failed for every address (refused, unreachable, or the kernel's SYN retries ran out). curl -v shows which.",
  },
  {
    id: '6-could-not-resolve',
    keywords: ['resolve host'],
    regex: /\bCould(?: not|n't) resolve host(?! name\b):? '?(?<host>[\w.-]{1,255})|\bCould(?: not|n't) resolve host name\b/,
    errno: 'ENOTFOUND',
    phase: 'dns',
    note: 'curl exit 6 (CURLE_COULDNT_RESOLVE_HOST): the name did not resolve; curl does not say whether the answer was NXDOMAIN or a resolver failure.',
  },
  {
    id: '28-connect-timeout',
    keywords: ['connection timed out after', 'connection timeout after'],
    regex: /\bConnection time(?:d out|out) after \d{1,9} m(?:s|illiseconds)/,
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "curl exit 28 (CURLE_OPERATION_TIMEDOUT) during connect: curl's --connect-timeout (or its 300 s default) fired before the handshake finished.",
  },
  {
    id: '28-operation-timeout',
    keywords: ['operation timed out after'],
    regex: /\bOperation timed out after \d{1,9} m(?:s|illiseconds)/,
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "curl exit 28: curl's own --max-time (or low-speed limit) fired while waiting for data; not a kernel error.",
  },
  {
    id: '28-too-slow',
    keywords: ['operation too slow'],
    // The low-speed limit (--speed-limit/--speed-time, CURLOPT_LOW_SPEED_LIMIT), in every program on libcurl: yum, pycurl,
    // git's `RPC failed; curl 28 Operation too slow`.
    regex: /\bOperation too slow\. Less than \d{1,12} bytes\/sec transferred the last \d{1,9} seconds\b/,
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "curl exit 28 from its low-speed limit: fewer bytes a second arrived than the program allows, for longer than it allows (a slow or stalled server or path). curl's own timer, not a kernel error.",
  },
  {
    id: '28-resolving-timeout',
    keywords: ['resolving timed out after'],
    regex: /\bResolving timed out after \d{1,9} m(?:s|illiseconds)/,
    errno: null,
    // A resolution that failed (the resolver did not answer in time), as Go's `lookup ...: i/o timeout` is.
    kind: 'resolution',
    phase: 'dns',
    note: "curl exit 28 while resolving: curl's own timeout fired before the resolver answered (a slow or unreachable DNS server).",
  },
  {
    id: 'git-rpc-result-closed',
    keywords: ['rpc failed; result=18', 'rpc failed; result=52'],
    // Older git prints libcurl's code as `result=N` (newer git `curl N` with its text): 18 is CURLE_PARTIAL_FILE, the
    // server closed before the body's announced length; 52 CURLE_GOT_NOTHING, it closed without an answer.
    regex: /\bRPC failed; result=(?:18|52)\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "git's HTTP transport lost the connection mid-transfer (libcurl's code 18 or 52): the server, a proxy or a load balancer closed it, often on a large push or clone (a body-size or time limit).",
  },
  {
    id: '52-empty-reply',
    keywords: ['empty reply from server'],
    regex: /\bEmpty reply from server\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'curl exit 52 (CURLE_GOT_NOTHING): the server closed the connection (FIN, or RST without error) without sending a single byte of response.',
  },
  {
    id: 'nothing-returned',
    keywords: ['server returned nothing', 'transferred a partial file'],
    // curl_easy_strerror()'s texts for CURLE_GOT_NOTHING (52) and CURLE_PARTIAL_FILE (18), as libcurl's users (cargo,
    // PHP, pycurl) print them: `[52] Server returned nothing (no headers, no data)`.
    regex: /\bServer returned nothing \(no headers, no data\)|\bTransferred a partial file\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'libcurl read end-of-file before a response (52) or before the whole body (18): the server or a proxy closed the connection. Retry idempotent requests; look at the server for crashes or idle timeouts.',
  },
  {
    id: 'recv-failure',
    keywords: ['recv failure'],
    regex: /\bRecv failure: (?<message>[A-Z][A-Za-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'read',
    note: 'curl exit 56 (CURLE_RECV_ERROR): recv() failed with this errno while reading the response.',
  },
  {
    id: 'send-failure',
    keywords: ['send failure'],
    regex: /\bSend failure: (?<message>[A-Z][A-Za-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'write',
    note: 'send() failed with this errno while curl was sending (exit 55, CURLE_SEND_ERROR; exit 56 when it happened while curl was also receiving, as in `(56) Send failure: Connection was reset` on Windows).',
  },
  {
    id: 'timeout-code',
    keywords: ['curl: (28)', 'curl error 28', 'curl 28', '[curl] 28'],
    regex: /(?:\bcurl: \(28\)|\bcURL error 28\b|\bcurl 28\b|\[curl\] 28\b)/,
    errno: null,
    kind: 'timer',
    phase: 'unknown',
    // The rows above say more (which timer, or the OS error behind it): this one only speaks when they do not.
    generic: true,
    note: "curl exit 28 (CURLE_OPERATION_TIMEDOUT), as curl, git (`curl 28`) and PHP (`cURL error 28`) print it: curl's own timeout fired. When the text after it is an OS error (`Failed to connect ... : Timed out`), that errno is the cause.",
  },
  {
    id: 'transfer-closed',
    keywords: ['transfer closed with'],
    regex: /\btransfer closed with (?:outstanding read data remaining|\d{1,15} bytes remaining to read)/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'curl exit 18 (CURLE_PARTIAL_FILE): the server closed the connection before the whole response body arrived.',
  },
  {
    id: 'tls',
    // Also libcurl's code as programs that embed it print it (`Curl error 60: Cert verify failed: ...` in Unity, `cURL
    // error 35` in PHP), with 51, CURLE_PEER_FAILED_VERIFICATION before curl 7.62 folded it into 60.
    keywords: ['curl: (35)', 'curl: (60)', 'curl 35', 'curl 60', 'curl error 35', 'curl error 51', 'curl error 60', 'ssl certificate problem', 'ssl connect error'],
    regex: /\bSSL certificate problem: |\bSSL connect error\b|\bcurl: \((?:35|60)\)|\bcurl (?:35|60)\b|\b[Cc][Uu][Rr][Ll] error (?:35|51|60)\b/,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: 'curl exit 60 or 51 (the certificate was not trusted) or 35 (the TLS handshake failed). A socket errno printed with it (`Recv failure: Connection was reset`) is the real cause.',
  },
  {
    id: 'http2-stream-not-closed',
    keywords: ['was not closed cleanly'],
    // curl exit 92 (CURLE_HTTP2_STREAM), as curl and git print it: `curl: (92) HTTP/2 stream 0 was not closed cleanly:
    // PROTOCOL_ERROR (err 1)`, `error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)`.
    regex: /\bHTTP\/2 stream \d{1,10} was not closed cleanly\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "The server, or a proxy in between, ended the HTTP/2 stream (RST_STREAM, or the connection closed) before the response was complete; the error code after it says how (CANCEL, PROTOCOL_ERROR, INTERNAL_ERROR). Large git fetches through proxies and flaky links hit it most; `git config http.version HTTP/1.1` is the usual workaround. No socket errno.",
  },
  {
    id: 'ssl-syscall-errno',
    keywords: ['ssl_error_syscall, errno '],
    // OpenSSL's and LibreSSL's SSL_ERROR_SYSCALL with the errno of the failed read or write, as curl (and git through it)
    // prints it: `OpenSSL SSL_read: SSL_ERROR_SYSCALL, errno 10054` on Windows, `LibreSSL SSL_read: SSL_ERROR_SYSCALL,
    // errno 54` on macOS (ECONNRESET there; 60 is its ETIMEDOUT).
    regex: /\bSSL_(?<call>read|write): SSL_ERROR_SYSCALL, errno (?<number>[1-9]\d{0,4})\b/,
    errno: 'from-number',
    phase: 'from-call',
    note: "The socket under the TLS session failed with this errno while curl read or wrote (exit 56 or 55): a reset by the server or a proxy, or the kernel giving up on an unanswered connection (ETIMEDOUT).",
  },
  {
    id: 'ssl-syscall-eof',
    keywords: ['ssl_error_syscall, errno 0'],
    // The same with errno 0: the read returned end of file, so no errno was set (the peer closed without close_notify).
    regex: /\bSSL_read: SSL_ERROR_SYSCALL, errno 0\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "The server or a proxy in between (often a TLS-inspecting one) closed the TCP connection in the middle of the response, without TLS's close_notify: the read returned end of file, which sets no errno, hence `errno 0`.",
  },
]);
