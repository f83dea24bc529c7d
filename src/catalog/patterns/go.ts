// Go net.OpError strings: `read tcp a->b: read: connection reset by peer`, `dial tcp ...: i/o timeout`, DNS errors.
import { definePatternTable } from '../pattern.js';

/** Patterns for Go's net package errors (net.OpError, net.DNSError). */
export const go = definePatternTable('go', [
  {
    id: 'op-syscall',
    keywords: ['tcp ', 'tcp4 ', 'tcp6 '],
    regex: /\b(?:read|write|dial|accept|close) tcp[46]? (?:[\w.:[\]%-]{1,255}->)?(?<peer>[\w.:[\]%-]{1,255}): (?<call>read|write|connect|accept4?|getsockopt|writev|readv|sendmsg|recvmsg|sendto|recvfrom|sendfile|shutdown|setsockopt): (?<message>[a-z][a-z /]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'from-call',
    note: "A Go net.OpError wrapping an os.SyscallError: operation, network, local->remote address, then the syscall and the kernel's strerror text.",
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
    id: 'no-such-host',
    keywords: ['no such host'],
    regex: /\blookup (?<peer>[\w.-]{1,255})(?: on [\w.:[\]%-]{1,255})?: no such host\b/,
    errno: 'ENOTFOUND',
    phase: 'dns',
    note: 'net.DNSError with IsNotFound: the resolver answered NXDOMAIN (or no addresses).',
  },
  {
    id: 'dns-server-misbehaving',
    keywords: ['server misbehaving', 'temporary failure in name resolution'],
    regex: /\blookup (?<peer>[\w.-]{1,255})(?: on [\w.:[\]%-]{1,255})?: (?:server misbehaving|Temporary failure in name resolution)\b/,
    errno: 'EAI_AGAIN',
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
]);
