// Go net.OpError strings: `read tcp a->b: read: connection reset by peer`, `dial tcp ...: i/o timeout`, DNS errors.
import { definePatternTable } from '../pattern.js';

/** Patterns for Go's net package errors (net.OpError, net.DNSError). */
export const go = definePatternTable('go', [
  {
    id: 'op-syscall',
    keywords: ['tcp ', 'tcp4 ', 'tcp6 ', 'udp ', 'udp4 ', 'udp6 ', 'unix '],
    // The operation may be missing where a paste cut the line's start (`tcp 127.0.0.1:8087: bind: ...`).
    regex: /(?:\b(?:read|write|dial|accept|close|listen) |^)(?:tcp|udp)[46]? (?:[\w.:[\]%-]{1,255}->)?(?<peer>[\w.:[\]%-]{1,255}): (?<call>read|write|connect|accept4?|bind|listen|getsockopt|writev|readv|sendmsg|recvmsg|sendto|recvfrom|sendfile|shutdown|setsockopt): (?<message>[A-Za-z][A-Za-z ()/]{2,120}[a-z])/,
    errno: 'from-message',
    phase: 'from-call',
    note: "A Go net.OpError wrapping an os.SyscallError: operation, network, local->remote address, then the syscall and the kernel's strerror text.",
  },
  {
    id: 'unix-syscall',
    keywords: ['unix /'],
    regex: /\b(?:dial|read|write) unix (?<peer>\/[\w.\/@-]{1,255}): (?<call>connect|read|write): (?<message>[a-z][a-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'from-call',
    note: 'A Go net.OpError on a Unix socket (the Docker daemon socket, for one): `permission denied` means the user may not open the socket file (not in the docker group).',
  },
  {
    id: 'io-timeout',
    keywords: ['i/o timeout'],
    regex: /\b(?<call>read|write|dial) tcp[46]? (?:[\w.:[\]%-]{1,255}->)?(?<peer>[\w.:[\]%-]{1,255}): i\/o timeout\b/,
    errno: null,
    kind: 'timer',
    phase: 'from-call',
    note: "A deadline set by the program (SetDeadline, Dialer.Timeout, http.Client.Timeout) expired: Go's own timer, not a kernel ETIMEDOUT. For dial, the SYN got no answer in time.",
  },
  {
    id: 'dns-udp-timeout',
    keywords: [':53: i/o timeout'],
    // A DNS query over UDP to port 53 that got no answer before the deadline, from any Go DNS client (CoreDNS' forward
    // plugin, miekg/dns, Docker's embedded resolver): `read udp 10.0.0.7:41234->10.0.0.2:53: i/o timeout`.
    regex: /\b(?<call>read|write) udp[46]? (?:[\w.:[\]%-]{1,255}->)?(?<peer>[\w.:[\]%-]{1,255}:53): i\/o timeout\b/,
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    phase: 'dns',
    note: "The DNS server at port 53 did not answer the query before Go's deadline: it is down, unreachable, overloaded, or a firewall drops DNS. Not a kernel ETIMEDOUT.",
  },
  {
    id: 'dns-lookup',
    keywords: ['lookup '],
    regex: /\blookup (?<peer>[\w.-]{1,255}) on [\w.:[\]%-]{1,255}: (?:(?:read|dial|write) udp [\w.:[\]%>-]{1,255}: )?[a-z][a-z /:]{2,60}[a-z]/,
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    phase: 'dns',
    note: "Go's resolver could not get an answer for the name from that DNS server (`i/o timeout`: the server did not answer in time; `connection refused`: nothing listens on port 53).",
  },
  {
    id: 'no-such-host',
    keywords: ['no such host'],
    regex: /\blookup (?<peer>[\w.-]{1,255})(?: on [\w.:[\]%-]{1,255})?: no such host\b/,
    errno: 'ENOTFOUND',
    supersedes: ['go.dns-lookup'],
    phase: 'dns',
    note: 'net.DNSError with IsNotFound: the resolver answered NXDOMAIN (or no addresses).',
  },
  {
    id: 'dns-server-misbehaving',
    keywords: ['server misbehaving', 'temporary failure in name resolution'],
    // The name as printed, or the placeholder a user pasted in its place (`*redacted*`, `<host>`, `[REDACTED]`).
    regex: /\blookup (?<peer>[\w.-]{1,255}|\*[\w.-]{1,60}\*|<[\w.-]{1,60}>|\[[\w.-]{1,60}\])(?: on [\w.:[\]%-]{1,255})?: (?:server misbehaving|Temporary failure in name resolution)\b/,
    errno: 'EAI_AGAIN',
    supersedes: ['go.dns-lookup'],
    phase: 'dns',
    note: 'The DNS server failed (SERVFAIL, refused) rather than saying the name does not exist: a temporary resolver failure, like EAI_AGAIN.',
  },
  {
    id: 'closed-connection',
    keywords: ['use of closed network connection'],
    regex: /\buse of closed network connection\b/,
    errno: null,
    kind: null,
    phase: 'close',
    note: 'net.ErrClosed: this program closed the connection (often another goroutine, or a timeout handler) and then used it. Not a peer or kernel error.',
  },
  {
    id: 'client-timeout',
    keywords: ['client.timeout exceeded'],
    regex: /\bClient\.Timeout exceeded while (?<call>awaiting headers|reading body|dialing)/,
    errno: null,
    kind: 'timer',
    phase: 'from-call',
    note: "net/http's own http.Client.Timeout expired (the request was canceled); no kernel error. `while awaiting headers` means the server had not answered yet.",
  },
  {
    id: 'tls-handshake-timeout',
    keywords: ['tls handshake timeout'],
    regex: /\bnet\/http: TLS handshake timeout\b/,
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "http.Transport's TLSHandshakeTimeout (10 s by default) expired: the server, or something in between, did not finish the TLS handshake in time. A timer, not a TLS failure.",
  },
  {
    id: 'server-closed-idle',
    keywords: ['server closed idle connection'],
    regex: /\bhttp: server closed idle connection\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "net/http's transport: the server closed a keep-alive connection just as a request was sent on it; the request may be retried on a new connection.",
  },
  {
    id: 'goaway',
    keywords: ['sent goaway and closed the connection'],
    // x/net/http2's `http2: server sent GOAWAY and closed the connection; LastStreamID=1999, ErrCode=NO_ERROR, debug=""`:
    // the server (or a load balancer in front of it) ended the HTTP/2 connection while a request was in flight.
    regex: /\bhttp2: server sent GOAWAY and closed the connection\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "The HTTP/2 server, or a proxy or load balancer in front of it (AWS ALB/ELB, kube-apiserver's --goaway-chance), sent GOAWAY and closed the connection with a request still pending: a restart, a connection-age or request-count limit, or load spreading. ErrCode=NO_ERROR means a graceful close; retry on a new connection.",
  },
  {
    id: 'http-response-to-https',
    keywords: ['gave http response to https client'],
    // net/http's error when the bytes that came back to a TLS ClientHello look like an HTTP/1.x answer (Docker and
    // containerd talking to a plain-HTTP registry, Vault's CLI to a listener without TLS).
    regex: /\bserver gave HTTP response to HTTPS client\b/,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: "The client started a TLS handshake and the server answered in plain HTTP: the port serves HTTP, not HTTPS (a registry without TLS, a listener with tls_disable). Use http://, or declare the registry insecure (Docker's insecure-registries), or enable TLS on the server. No socket errno: the TCP connection worked.",
  },
  {
    id: 'request-canceled-waiting',
    keywords: ['request canceled while waiting for connection'],
    // net/http's transport when the request was cancelled before it got a connection: a caller's CancelRequest after its
    // own timer, or http.Client's Timeout where the line lost its ending (with it, `(Client.Timeout exceeded while
    // awaiting headers)`, client-timeout reads the line). The dial or the TLS handshake had not finished in time.
    regex: /\bnet\/http: request canceled while waiting for connection\b(?! \(Client\.Timeout)/,
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "The client's timer (http.Client.Timeout, or a caller cancelling after its own timeout) expired while the transport was still connecting: the server or a proxy in between did not accept the connection or finish TLS in time (a registry, a blocked network, a proxy that is needed but not set). Not a kernel errno.",
  },
]);
