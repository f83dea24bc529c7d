// Apple's URL loading system (NSURLSession, CFNetwork): NSURLErrorDomain codes and their descriptions, from iOS and macOS apps.
import { definePatternTable } from '../pattern.js';

// The error domains an app prints with the code (`Error Domain=NSURLErrorDomain Code=-1004 "..."`).
const DOMAIN = String.raw`\b(?:NSURLErrorDomain|kCFErrorDomainCFNetwork) Code=`;

/** Patterns for NSURLErrorDomain errors (URLSession, Alamofire, and apps built on them). */
export const apple = definePatternTable('apple', [
  {
    id: 'cannot-connect',
    keywords: ['could not connect to the server', 'code=-1004'],
    regex: new RegExp(`${DOMAIN}-1004\\b|\\bCould not connect to the server\\b`),
    errno: null,
    kind: 'errno',
    phase: 'connect',
    note: 'NSURLErrorCannotConnectToHost (-1004): connect() failed (refused, or the host is unreachable); the underlying errno is in the userInfo, often `_kCFStreamErrorCodeKey=61` (ECONNREFUSED on Apple platforms).',
  },
  {
    id: 'stream-posix-code',
    keywords: ['_kcfstreamerrorcodekey='],
    // The errno under an NSURLErrorDomain error, in its userInfo: `_kCFStreamErrorCodeKey=61, _kCFStreamErrorDomainKey=1`
    // (the keys come in either order). Domain 1 is kCFStreamErrorDomainPOSIX, so the code is a Darwin errno (61
    // ECONNREFUSED, 60 ETIMEDOUT, 54 ECONNRESET); other domains (12 the resolver's, 3 SecureTransport's) are not errnos.
    regex: /\b_kCFStreamErrorCodeKey=(?:(?<=_kCFStreamErrorDomainKey=1, _kCFStreamErrorCodeKey=)|(?=\d{1,3}, _kCFStreamErrorDomainKey=1\b))(?<number>\d{1,3})\b/,
    errno: 'from-number',
    phase: 'connect',
    platform: 'macos',
    supersedes: ['apple.cannot-connect'],
    note: "The socket errno CFNetwork got under the URL loading error, on Apple's numbering (61 is ECONNREFUSED: nothing listens on that port, or a proxy or firewall refused).",
  },
  {
    id: 'secure-transport-closed',
    keywords: ['sslread() return error -980', 'sslwrite() return error -980', 'sslread(): -980', 'sslwrite(): -980'],
    // Secure Transport's OSStatus from SSLRead/SSLWrite, as curl on older macOS and APNs clients print it:
    // errSSLClosedGraceful (-9805) and errSSLClosedAbort (-9806) mean the connection under TLS was closed.
    regex: /\bSSL(?:Read|Write)\(\)(?: return error|:) -980[56]\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'Secure Transport (macOS and iOS TLS before Network.framework) found the connection closed: -9806 (errSSLClosedAbort) without a TLS close_notify, -9805 with one. The peer or a proxy dropped the connection; no socket errno is given.',
  },
  {
    id: 'timed-out',
    keywords: ['code=-1001'],
    regex: new RegExp(`${DOMAIN}-1001\\b`),
    errno: null,
    kind: 'timer',
    phase: 'unknown',
    note: "NSURLErrorTimedOut (-1001): the request's timeoutInterval (60 s by default) expired without data from the server; not the kernel's ETIMEDOUT.",
  },
  {
    id: 'cannot-find-host',
    keywords: ['code=-1003', 'a server with the specified hostname could not be found'],
    regex: new RegExp(`${DOMAIN}-1003\\b|\\bA server with the specified hostname could not be found\\b`),
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    phase: 'dns',
    note: 'NSURLErrorCannotFindHost (-1003): the host name did not resolve (a typo, a name only a VPN or a local DNS knows, or no DNS answer).',
  },
  {
    id: 'connection-lost',
    keywords: ['code=-1005'],
    regex: new RegExp(`${DOMAIN}-1005\\b`),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'NSURLErrorNetworkConnectionLost (-1005), `The network connection was lost.`: the connection closed mid-request, most often a keep-alive connection the server had already closed, or the device changed networks.',
  },
  {
    id: 'tls',
    keywords: ['code=-12', 'an ssl error has occurred', 'the certificate for this server is invalid'],
    regex: new RegExp(`${DOMAIN}-12\\d\\d\\b|\\bAn SSL error has occurred and a secure connection to the server cannot be made\\b|\\bThe certificate for this server is invalid\\b`),
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: 'A TLS failure (NSURLErrorSecureConnectionFailed -1200, the -1201 to -1206 certificate errors): App Transport Security refused the server (TLS below 1.2, a weak cipher), or the certificate is untrusted, expired or for another name.',
  },
]);
