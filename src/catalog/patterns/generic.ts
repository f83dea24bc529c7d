// Phrase-level fallbacks in any wording and ecosystem: closed by the peer, timed out, refused, unreachable, reset.
import { definePatternTable } from '../pattern.js';

// One case-insensitive regex matching any of the parts.
const anyOf = (parts: readonly string[]): RegExp => new RegExp(parts.map((p) => `(?:${p})`).join('|'), 'i');

// These run last and give way to any specific pattern that overlaps them. Each phrase needs the words that make it
// a network failure (a connection, a peer, a request), so that `read_timeout = 30` or "password reset" stay quiet.

/** Fallbacks that give a line from a library nobody listed the right kind. */
export const generic = definePatternTable('generic', [
  {
    id: 'pool-exhausted',
    keywords: ['pool', 'too many connections', 'too many clients', 'max connections', 'maximum connections', 'no available connection', 'circuit breaker'],
    regex: /\b(?:connection pool (?:is )?(?:exhausted|full)|pool (?:is )?exhausted|timeout waiting for (?:a |an )?(?:connection|idle object)(?: from (?:the )?pool)?|too many (?:connections|clients)|max(?:imum)? (?:number of )?connections (?:reached|exceeded)|no available connections?|circuit breaker (?:is )?(?:open|tripped))\b/i,
    errno: null,
    kind: 'resource-limit',
    phase: 'connect',
    generic: true,
    note: 'A limit of the program or the server ran out (a connection pool, max connections, a circuit breaker), not a kernel errno: look for leaked or too few connections, or a server refusing more clients.',
  },
  {
    id: 'name-not-resolved',
    keywords: ['resolve', 'look up', 'lookup', 'nxdomain', 'no such host', 'unknownhost', 'unknown host', 'host not found', 'name resolution'],
    regex: /\b(?:(?:could ?n[o']t|unable to|failed to|cannot|can't) (?:resolve|look ?up)(?: the)? (?:host(?:name)?|address|name|domain)|nxdomain|no such host|unknown ?host|host not found|name resolution (?:failed|failure|error)|dns (?:lookup|resolution) (?:failed|failure|error))\b/i,
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    phase: 'dns',
    generic: true,
    note: 'The host name did not resolve: the name does not exist (NXDOMAIN), has no address, or the DNS server did not answer. Check the spelling, the search domains and the resolver the program uses.',
  },
  {
    id: 'closed-by-peer',
    keywords: ['closed', 'eof', 'end of stream', 'end of file', 'end of input', 'hung up', 'hang up', 'went away', 'terminated', 'disconnected', 'connection lost', 'connection was lost', 'connection dropped'],
    regex: anyOf([
      // `Connection closed by remote host`, `connection was closed by the server`
      String.raw`\b(?:connection|socket|stream|channel|session|transport)\b[^.;\n]{0,40}?\b(?:closed|terminated|dropped|lost|disconnected)\b[^.;\n]{0,20}?\bby (?:the )?(?:remote|peer|server|foreign|other|upstream|backend|broker|client)`,
      // `the remote end hung up unexpectedly`, `server closed idle connection`, `client unexpectedly closed TCP connection`
      String.raw`(?:remote|peer|server|client|foreign host|other side|other end|upstream|backend)(?: end| host| side)? (?:has |had |was )?(?:unexpectedly |abruptly |prematurely )?(?:hung up|went away|closed (?:the |an? )?(?:idle |keep-alive |tcp )?(?:connection|socket|stream|request)|terminated the (?:connection|handshake))`,
      String.raw`(?:prematurely|unexpectedly) closed|closed (?:prematurely|unexpectedly)|closed before (?:we received |receiving |sending |a |the )?(?:a |any )?(?:valid )?(?:response|reply|data|message)`,
      String.raw`unexpected(?:ly)? (?:eof|end of (?:stream|file|input))|early eof|(?:server|remote host|peer) disconnected|serverdisconnected(?:error)?|client closed request`,
      String.raw`connection (?:was )?(?:lost|dropped)\b(?! (?:after|to) \d)`,
      // Go's io.EOF: `Get "http://...": EOF`, `caused by: EOF`, `read tcp ...: EOF`, `TLS handshake error from ...: EOF`
      String.raw`(?:Get|Post|Put|Patch|Delete|Head|Options) "[^"\s]{1,300}": EOF|(?:read|handshake|caused by|connection|conn)\b[^\n]{0,60}?: EOF`,
    ]),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    generic: true,
    note: 'The other end closed the connection (a FIN: reading returned end-of-file), often a keep-alive connection it had already timed out, a restart, or a proxy in between. No errno: retry idempotent requests on a fresh connection.',
  },
  {
    id: 'timed-out',
    keywords: ['timed out', 'timedout', 'time out', 'timeout', 'time-out', 'deadline exceeded', 'execution expired', 'timed ou', 'missed heartbeat'],
    regex: anyOf([
      // Not the prose of documentation (`or it timed out after Tt ms`); a line cut short may end in `timed ou`.
      String.raw`(?<!\b(?:it|they) )timed[ -]?(?:out|ou?$)|deadline exceeded|execution expired`,
      String.raw`time-?out (?:error|exceeded|expired|reached|occurr?ed|while|waiting|awaiting|after \d|of \d)|timeout: [A-Z]`,
      String.raw`(?:read|write|connect|connection|request|response|socket|i\/o|handshake|operation|idle|proxy|upstream|gateway|heartbeat)[ _]?time-?out\b(?! ?[=:] ?\d)`,
      String.raw`\w{0,40}time-?out(?:exception|error)|missed heartbeats?`,
    ]),
    errno: null,
    kind: 'timer',
    phase: 'unknown',
    generic: true,
    note: "A timer of the program, a library or a proxy expired before the other end answered; not the kernel giving up (that would be ETIMEDOUT, `Connection timed out`). The peer may be slow, overloaded or unreachable, or the timeout too short.",
  },
  {
    id: 'tls',
    keywords: ['tls', 'ssl', 'handshake', 'certificate', 'x509', 'pkix'],
    regex: /\b(?:(?:tls|ssl) handshake (?:error|failed|failure)|handshake_failure|certificate verify failed|certificate_verify_failed|x509: |unable to (?:get|verify) (?:the )?(?:local issuer |first )?certificate|self[- ]signed certificate|pkix path building failed|certificate has expired|wrong version number|ssl routines|tlsv1 alert|err_tls_cert\w{0,40}|ssl certificate problem)/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: 'The TLS handshake failed: a certificate the client does not trust (expired, self-signed, unknown CA, wrong name), a protocol or cipher mismatch, or something in between that is not TLS. No socket errno: the TCP connection worked.',
  },
  {
    id: 'refused',
    keywords: ['refused'],
    regex: /\b(?:connection\b[^;\n]{0,80}?\b(?:was |were |been |is )?refused|refused (?:the |to )?connect(?:ion)?)\b(?!: (?:not auth|bad user|unacceptable|identifier|server unavailable))/i,
    errno: 'ECONNREFUSED',
    phase: 'connect',
    generic: true,
    note: 'A connection was refused: the host answered the SYN with an RST because nothing listens on that port (ECONNREFUSED, in the program\'s own words).',
  },
  {
    id: 'unreachable',
    keywords: ['unreachable'],
    regex: /\b(?<message>(?:host|network) (?:is )?unreachable|unreachable (?:host|network))\b/i,
    errno: 'from-message',
    phase: 'connect',
    generic: true,
    note: 'No route to the host or network: an ICMP unreachable came back (from a router, or a firewall rejecting), or the local routing table has no route.',
  },
  {
    id: 'reset',
    keywords: ['reset', 'forcibly closed'],
    regex: /\b(?:connection (?:was |has been |is |got )?(?:reset|forcibly closed)|reset by (?:the )?(?:peer|remote(?: host| end| side)?|server))\b/i,
    errno: 'ECONNRESET',
    phase: 'unknown',
    generic: true,
    note: 'The connection was reset: an RST arrived from the peer or a middlebox speaking for it (ECONNRESET, in the program\'s own words).',
  },
  {
    id: 'errno-number',
    keywords: ['errno'],
    regex: /\berrno ?[=:]? ?\(?(?<number>\d{1,5})\b/i,
    errno: 'from-number',
    anyErrno: true,
    phase: 'unknown',
    generic: true,
    note: 'An errno number printed by the program (`errno=104`); the catalog names it on the platform the line came from.',
  },
  {
    id: 'source-line',
    keywords: ['raise ', 'except ', 'throw new ', 'const ', 'let ', 'var ', '# ', '// '],
    // A line of program source shown in a traceback or pasted from code: it names an error, it does not report one.
    regex: /^\s{0,80}(?:raise [\w.]{1,100}\(|except [\w.(), ]{1,200}:|throw new \w{1,100}\(|(?:const|let|var) \w{1,60} = |#\s|\/\/\s)[^\n]{0,65536}/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'A source line (raise, except, throw, a declaration or a comment) that names an error class without one happening.',
  },
], { origin: { by: 'the program' } });
