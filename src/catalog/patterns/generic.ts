// Phrase-level fallbacks in any wording and ecosystem: closed by the peer, timed out, refused, unreachable, reset.
import { definePatternTable, escapeRegExp } from '../pattern.js';

// One case-insensitive regex matching any of the parts.
const anyOf = (parts: readonly string[]): RegExp => new RegExp(parts.map((p) => `(?:${p})`).join('|'), 'i');

// These run last and give way to any specific pattern that overlaps them. Each phrase needs the words that make it
// a network failure (a connection, a peer, a request), so that `read_timeout = 30` or "password reset" stay quiet.

// The timers a `<timer> timeout` names (gunicorn's `WORKER TIMEOUT`, websockets' `keepalive ping timeout`), and what a
// `timeout <outcome>` says happened (curl's `Timeout was reached`). Both the regex and the keywords of timed-out are
// written from them: `timeout` alone is in every healthy configuration line (`session timeout 30m`), and scan would try
// each such line.
const TIMERS = [
  'read', 'write', 'connect', 'connection', 'request', 'response', 'socket', 'i/o', 'handshake', 'operation', 'idle', 'inactivity', 'proxy',
  'upstream', 'gateway', 'heartbeat', 'worker', 'ping', 'pong', 'keepalive', 'keep-alive',
];
const OUTCOMES = ['error', 'exceeded', 'expired', 'reached', 'was reached', 'occured', 'occurred', 'while', 'waiting', 'awaiting', 'after ', 'of '];

/** Fallbacks that give a line from a library nobody listed the right kind. */
export const generic = definePatternTable('generic', [
  {
    id: 'pool-exhausted',
    // Not `pool` alone: healthy logs say it all the time (`db pool: acquired connection`), and scan tries every line
    // with a keyword (docs/scan.md).
    keywords: [
      'pool exhausted', 'pool is exhausted', 'pool has been exhausted', 'pool full', 'pool is full', 'pool has been full', 'pool empty', 'pooltimeout',
      'timeout waiting for', 'too many connections', 'too many clients', 'max connections', 'maximum connections', 'max number of connections',
      'maximum number of connections', 'no available connection', 'circuit breaker', 'connection is not available', 'connection from pool',
      'connection from the pool', 'connection from connection pool', 'connection from the connection pool', 'queuepool limit', 'checkout a connection',
      'wait queue for acquiring a connection', 'waitqueuefull', 'already waiting for a server', 'already waiting for a connection',
    ],
    // A pool's wait for a free connection timing out reports the pool running dry (HikariCP's `Connection is not
    // available, request timed out after 30000ms`), not a network timer; so does a full queue of such waiters (the
    // MongoDB drivers' `The wait queue for acquiring a connection to server ... is full`, MongoWaitQueueFullException).
    regex: /\b(?:connection pool (?:is |has been )?(?:exhausted|full)|pool (?:is |has been )?exhausted|timeout waiting for (?:a |an )?(?:connection|idle object)(?: from (?:the )?pool)?|too many (?:connections|clients)|max(?:imum)? (?:number of )?connections (?:reached|exceeded)|no available connections?|circuit breaker (?:is )?(?:open|tripped)|connection is not available, request timed out|(?:timeout expired\.\s{1,2}the timeout period elapsed )?prior to obtaining a connection from the pool|queuepool limit of size \d{1,6} overflow -?\d{1,6} reached(?:, connection timed out)?|checkout a connection has timed out|pooltimeout\b|(?:could not|couldn't|unable to|failed to|cannot|can't) (?:obtain|acquire|get|check ?out) (?:a |an )?(?:[\w-]{1,20} )?connection from (?:the )?(?:connection )?pool\b|\bpool empty\b|\bwait queue for acquiring a connection\b[^\n]{0,80}?\bis full\b|\bWaitQueueFull(?:Exception|Error)\b|\bToo many operations are already waiting for a (?:server|connection)\b)/i,
    // The pool's own words borrow the kernel's (`connection timed out`): the pool is the cause.
    supersedes: ['libc.strerror', 'generic.timed-out'],
    errno: null,
    kind: 'resource-limit',
    phase: 'connect',
    generic: true,
    note: 'A limit of the program or the server ran out (a connection pool, max connections, a circuit breaker), not a kernel errno: look for leaked or too few connections, or a server refusing more clients.',
  },
  {
    id: 'connection-limit',
    keywords: [
      'max number of clients reached', 'maximum number of clients reached', 'remaining connection slots are reserved', 'no more connections allowed',
      'worker_connections are not enough',
    ],
    // A server or proxy at its own connection limit, refusing the next client: Redis' `ERR max number of clients reached`
    // (maxclients), PostgreSQL's `remaining connection slots are reserved for ...` (max_connections less the reserved
    // slots), PgBouncer's `no more connections allowed (max_client_conn)`, nginx's `1024 worker_connections are not enough`.
    regex: /\bmax(?:imum)? number of clients reached\b|\bremaining connection slots are reserved for\b|\bno more connections allowed\b|\bworker_connections are not enough\b/i,
    errno: null,
    kind: 'resource-limit',
    phase: 'connect',
    generic: true,
    note: 'The server (or proxy) reached its own limit on connections and turned this one away; the TCP connection itself worked. Look for clients that leak or hold connections (pools too large, no pooling), then raise the limit (maxclients, max_connections, max_client_conn, worker_connections with the descriptor limit) if the load is real.',
  },
  {
    id: 'name-not-resolved',
    keywords: ['resolve', 'look up', 'lookup', 'nxdomain', 'no such host', 'unknownhost', 'unknown host', 'host not found', 'name resolution', 'dns resolution'],
    // apt says `Could not resolve 'deb.debian.org'`: a quoted name with a dot (Gradle's `Could not resolve
    // 'group:artifact'` has a colon and stays quiet).
    regex: /\b(?:(?:could ?n[o']t|unable to|failed to|cannot|can't) (?:resolve|look ?up)(?: the)? (?:host(?:name)?|address|name|domain)|could ?n[o']t resolve '[\w-]{1,63}(?:\.[\w-]{1,63}){0,9}\.[a-z]{2,24}(?=')|nxdomain|no such host|unknown ?host|host not found|remote name could not be resolved|name resolution (?:failed|failure|error)|dns (?:lookup|resolution) (?:failed|failure|error))\b/i,
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    phase: 'dns',
    generic: true,
    note: 'The host name did not resolve: the name does not exist (NXDOMAIN), has no address, or the DNS server did not answer. Check the spelling, the search domains and the resolver the program uses.',
  },
  {
    id: 'name-try-again',
    keywords: ['temporary failure resolving', 'resource temporarily unavailable'],
    // apt's `Temporary failure resolving 'host'`; EAI_AGAIN printed with strerror(EAGAIN)'s words where a name was being
    // resolved (.NET on Linux: `Resource temporarily unavailable (host:443)`, see the dotnet table).
    regex: /\bTemporary failure resolving '(?<peer>[\w.-]{1,255})'|\b(?:resolv\w{0,6}|dns|getaddrinfo|look ?up|host ?name)\b[^\n]{0,80}?\bResource temporarily unavailable\b/i,
    errno: 'EAI_AGAIN',
    phase: 'dns',
    generic: true,
    note: 'The resolver got no answer in time (EAI_AGAIN): the DNS server is down, unreachable or slow, or the host has no network yet. Often transient; check /etc/resolv.conf and that the DNS server is reachable.',
  },
  {
    id: 'closed-by-peer',
    keywords: [
      'closed', 'eof', 'end of stream', 'end of file', 'end of input', 'hung up', 'hang up', 'went away', 'terminated',
      'disconnected', 'connection lost', 'connection was lost', 'connection dropped', 'premature', 'incompleteread',
      'transport is closing', 'lost connection', 'lost the connection', 'was lost', 'been lost', 'ended unexpectedly',
      'end of file reached', 'close_notify', 'close notify', 'uncleanshutdown', 'connection_forced', 'forced connection closure',
      'socket closed', 'network closed for unknown reason', 'closed in the middle of', 'sslzeroreturnerror',
      'tls/ssl connection has been closed', 'invalidchunklength', 'non-properly terminated', 'unexpectedly ended', 'was dropped',
    ],
    regex: anyOf([
      // `Connection closed by remote host`, `connection was closed by the server`
      // (a dot inside a host name, `Connection to db.example.com closed by remote host`, is not a sentence's end)
      String.raw`\b(?:connection|socket|stream|channel|session|transport)\b(?:[^.;\n]|\.(?=\w)){0,60}?\b(?:closed|terminated|dropped|lost|disconnected)\b[^.;\n]{0,20}?\bby (?:the )?(?:remote|peer|server|foreign|other|upstream|backend|broker|client)`,
      // `the remote end hung up unexpectedly`, `server closed idle connection`, `client unexpectedly closed TCP connection`
      String.raw`(?:remote|peer|server|client|foreign host|other side|other end|upstream|backend)(?: end| host| side)? (?:has |had |was )?(?:unexpectedly |abruptly |prematurely )?(?:hung up|went away|closed (?:the |an? )?(?:idle |keep-alive |tcp )?(?:connection|socket|stream|request)|terminated the (?:connection|handshake))`,
      // `closed prematurely`, `The response ended prematurely`, gRPC's `connection closed before server preface received`,
      // Dart's `Connection closed before full header was received` (a process that `terminated unexpectedly` is not a
      // connection, hence the subject)
      String.raw`(?:prematurely|unexpectedly) (?:closed|ended)|closed (?:prematurely|unexpectedly)|\b(?:connection|stream|socket|session|response|request|transfer|body|channel|transport)\b[^.;\n]{0,30}?\b(?:ended|terminated) (?:prematurely|unexpectedly)|closed before (?:we received |receiving |sending |a |the )?(?:a |any )?(?:valid |full |complete |whole )?(?:response|reply|data|message|server preface|headers?|body)`,
      String.raw`unexpected(?:ly)? (?:eof|end of (?:stream|file|input))|early eof|(?:server|remote host|peer) disconnected|serverdisconnected(?:error)?|client closed request`,
      // AMQP's connection.close from the broker (RabbitMQ's `CONNECTION_FORCED - broker forced connection closure`)
      String.raw`\bCONNECTION_FORCED\b|\bforced connection closure\b`,
      // gRPC's UNAVAILABLE when the transport closed (`details = "Socket closed"`, grpc-java's `Network closed for unknown
      // reason`); asyncpg's `connection was closed in the middle of operation`; Python's SSLZeroReturnError (the peer's
      // close_notify); GnuTLS' `TLS connection was non-properly terminated` after the handshake (a FIN without
      // close_notify); urllib3's `InvalidChunkLength(got length b''` (the body ended inside a chunk)
      String.raw`\bUNAVAILABLE\b[^\n]{0,80}?\b(?:Socket closed|Network closed for unknown reason)\b|\bconnection (?:was |has been )?closed in the middle of\b|\bSSLZeroReturnError\b|\bTLS\/SSL connection has been closed\b|(?<!handshake\(\) failed: The )\bTLS connection was non-properly terminated\b|\bInvalidChunkLength\(got length b''`,
      // TLS ended by a bare FIN, without the close_notify alert: rustls' `peer closed connection without sending TLS
      // close_notify`, SwiftNIO's NIOSSLError.uncleanShutdown (the identifier only: a database's `unclean shutdown` is
      // a crash it recovers from)
      String.raw`\bwithout (?:sending |receiving )?(?:a |the )?(?:TLS |SSL )?close[_ ]notify\b|\buncleanShutdown\b`,
      // End of stream in a library's words: Rust's UnexpectedEof, OpenSSL's UNEXPECTED_EOF_WHILE_READING, Java's
      // `Premature EOF`, .NET's net_http_invalid_response_premature_eof, libpq's `EOF detected`, NSS's `Encountered end
      // of file`, Ruby's `end of file reached`, Python's IncompleteRead and asyncio's IncompleteReadError; not a log
      // shipper reaching the end of a file (Filebeat's `End of file reached: /var/log/...`)
      String.raw`unexpected_?eof|premature(?:ly)?[ _](?:eof|end)|\beof (?:detected|occurred in violation of protocol|received|from (?:the )?(?:server|peer|remote|client))|(?:got|received|read|encountered) (?:an? )?(?:eof|end of (?:file|stream))\b|end of file reached\b(?!: ?[\/~.\w])|incompleteread`,
      // An EOF exception class (Java's EOFException, Jetty's EofException, Ruby's EOFError, Python's SSLEOFError); not
      // Python's EOFError from input() or pickle, nor a compressed stream cut short.
      String.raw`\b(?:ssl)?eof ?(?:exception|error)\b(?!: (?:EOF when reading a line|Ran out of input|Compressed file ended|Unexpected end of ZLIB))`,
      // Closed-connection exception classes (Jenkins' ChannelClosedException, botocore's ConnectionClosedError),
      // gRPC's `transport is closing`, load balancers' `backend_connection_closed_before_data_sent_to_client`
      String.raw`\b\w{0,30}(?:connection|channel|stream|socket)closed(?:exception|error)\b|\btransport is closing\b|\b(?:backend|upstream|server|origin)_connection_closed\w{0,60}`,
      String.raw`connection (?:was )?(?:lost|dropped)\b(?! (?:after|to) \d)|\blost (?:the )?connection\b|\bconnection to (?:the )?[\w.:-]{1,100}(?: server)? (?:was |has been )lost\b`,
      // Go's io.EOF ending an error chain: `Get "http://...": EOF`, `caused by: EOF`, `error reading from server: EOF`
      String.raw`(?:Get|Post|Put|Patch|Delete|Head|Options) "[^"\s]{1,300}": EOF|[\w)"\]]: EOF\b(?! when reading a line)`,
    ]),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    generic: true,
    note: 'The other end closed the connection (a FIN: reading returned end-of-file), often a keep-alive connection it had already timed out, a restart, or a proxy in between. No errno: retry idempotent requests on a fresh connection.',
  },
  {
    id: 'errno-zero',
    keywords: ['errno: success', 'errno: no error', 'errno: undefined error', 'error: 0 - ', 'ssl syscall error: '],
    // errno 0 printed as text (glibc `Success`, Windows `No error`, macOS `Undefined error: 0`): the call read end of
    // stream, which sets no errno, and the program printed errno anyway (librdkafka, SqlClient's TCP Provider, libpq).
    regex: /(?:\berrno: |\berror: 0 - |\bSSL SYSCALL error: )(?:Success|No error|Undefined error: 0)\b/i,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    generic: true,
    note: 'The peer closed the connection: a read returned end-of-file, which sets no errno, and the program printed errno 0 (`Success`, `No error`, `Undefined error: 0`) as if it were the cause.',
  },
  {
    id: 'timed-out',
    keywords: [
      'timedo', 'timed o', 'timed-o', 'deadline exceeded', 'deadlineexceeded', 'execution expired', 'timeout: ', 'missed heartbeat', 'timely response',
      'too long to respond',
      ...['timeout', 'time-out'].flatMap((t) => [...OUTCOMES.map((o) => `${t} ${o}`), `${t}exception`, `${t}error`]),
      ...TIMERS.flatMap((w) => ['', ' ', '_'].flatMap((sep) => [`${w}${sep}timeout`, `${w}${sep}time-out`])),
    ],
    regex: anyOf([
      // Not the prose of documentation (`or it timed out after Tt ms`); a line cut short may end in `timed ou`.
      String.raw`(?<!\b(?:it|they) )timed[ -]?(?:out|ou?$)|deadline exceeded|execution expired`,
      // curl's `Timeout was reached` (cargo: `[28] Timeout was reached`)
      String.raw`time-?out (?:error|exceeded|expired|reached|was reached|occurr?ed|while|waiting|awaiting|after \d|of \d)|timeout: [A-Z]`,
      // gunicorn's `WORKER TIMEOUT (pid:7)`, websockets' `keepalive ping timeout`
      String.raw`(?:${TIMERS.map(escapeRegExp).join('|')})[ _]?time-?out\b(?! ?[=:] ?\d| (?:is|to|of) \d{1,9} ?(?:s|ms|sec|secs|seconds|milliseconds|minutes)?\b(?! exceeded| expired| reached))`,
      // gRPC's status name (`DeadlineExceeded: ...`), a browser's `took too long to respond`
      String.raw`\w{0,40}time-?out(?:exception|error)|missed heartbeats?|\bDeadlineExceeded\b|\b(?:took|is taking) too long to respond\b`,
      // A gateway's 504 in the words of RFC 9110 and the proxies that quote it: its timer for the upstream expired (a
      // client reporting the status alone, `status code 504`, reports an HTTP answer, not a socket error)
      String.raw`\bdid(?: not|n't) receive a timely response from (?:the |an )?(?:upstream|remote|origin|backend)`,
    ]),
    errno: null,
    kind: 'timer',
    phase: 'unknown',
    generic: true,
    note: "A timer of the program, a library or a proxy expired before the other end answered; not the kernel giving up (that would be ETIMEDOUT, `Connection timed out`). The peer may be slow, overloaded or unreachable, or the timeout too short.",
  },
  {
    id: 'tls',
    keywords: [
      'tls', 'ssl', 'handshake', 'certificate', 'x509', 'pkix', 'unable_to_verify', 'unable_to_get_issuer', 'self_signed_cert',
      'depth_zero_self_signed', 'cert_has_expired', 'cert_not_yet_valid', 'remote party has closed the transport stream', 'wrong version number',
    ],
    // OpenSSL's verify codes as Node and npm print them (`code UNABLE_TO_VERIFY_LEAF_SIGNATURE`), its alerts in any
    // spelling (`sslv3 alert handshake failure`, `SSLV3_ALERT_HANDSHAKE_FAILURE`), Python's `[SSL: NAME]` tags (but
    // UNEXPECTED_EOF_WHILE_READING is the peer closing), .NET's `The remote certificate is invalid ...` and `The SSL
    // connection could not be established`, Go's `remote error: tls: bad certificate` (the peer's alert), OpenSSL's
    // SSL_ERROR_SSL and a handshake's SSL_ERROR_SYSCALL, GnuTLS' `gnutls_handshake() failed`, wget's `Unable to establish
    // SSL connection`.
    regex: /(?:\b(?:tls|ssl) handshake (?:error|failed|failure)|handshake_failure|\bcertificate verify failed|certificate_verify_failed|\bx509: |\bunable to (?:get|verify) (?:the )?(?:local issuer |first )?certificate|\bself[- ]signed certificate|\bpkix path building failed|\bcertificate has expired|\bwrong version number|\bssl routines|\b(?:ssl|tls)v[\d._]{0,4}[ _]alert[ _][a-z]{2,20}|\berr_tls_cert\w{0,40}|\bssl certificate problem|\b(?:unable_to_(?:verify_leaf_signature|get_issuer_cert(?:_locally)?)|self_signed_cert_in_chain|depth_zero_self_signed_cert|cert_has_expired|cert_not_yet_valid)\b|\[SSL: (?!UNEXPECTED_EOF)[A-Z\d_]{3,60}\]|\bremote certificate (?:is invalid|was rejected)|\bSSL_ERROR_SSL\b|\bSSL_connect: SSL_ERROR_SYSCALL\b|\bcould not (?:create|establish) (?:trust relationship for the )?SSL\/TLS secure channel\b|\bremote error: tls: [a-z ]{3,40}|\btls: first record does not look like a TLS handshake\b|\bpkix path validation failed|\bThe SSL connection could not be established\b|\bAuthentication failed because the remote party has closed the transport stream\b|\bunable to establish SSL connection\b|\bgnutls_handshake\(\) failed\b|\bremotecertificate(?:namemismatch|chainerrors|notavailable)\b)/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: 'The TLS handshake failed: a certificate the client does not trust (expired, self-signed, unknown CA, wrong name), a protocol or cipher mismatch, or something in between that is not TLS. No socket errno: the TCP connection worked.',
  },
  {
    id: 'tls-name-mismatch',
    keywords: [
      'no subject alternative', "' doesn't match", "' does not match", "match certificate's altnames", 'certificate subject name',
      'certificate did not match', 'certificate does not match', "certificate doesn't match",
    ],
    // The certificate is valid but names another host, in each TLS stack's words: Java's `No subject alternative names
    // matching IP address ...`, Python's `hostname 'a' doesn't match 'b'`, Node's `Hostname/IP does not match
    // certificate's altnames`, curl's `no alternative certificate subject name matches target host name` and `certificate
    // subject name 'a' does not match target host name 'b'`, nginx's `upstream SSL certificate does not match "name"`.
    regex: /\bno subject alternative (?:DNS |IP )?names? matching\b|\bhostname '[^'\n]{1,255}' (?:doesn't|does not) match\b|\bHostname\/IP (?:doesn't|does not) match certificate's altnames\b|\bcertificate subject name (?:'[^'\n]{1,255}' )?(?:does not match|matches) target host ?name\b|\bcertificate (?:did not|does not|doesn't) match (?:the )?(?:expected |requested )?host ?name\b|\bcertificate does not match "[^"\n]{1,255}"/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: 'The server sent a certificate for other names than the one the client asked for (the host name or IP address in the URL): a wrong host or IP in the URL, a missing SNI name, a shared host serving its default certificate, or a proxy in between. The TCP connection worked.',
  },
  {
    id: 'tls-verify',
    keywords: [
      'unable to get issuer certificate', 'certificate is not yet valid', 'certificate signature failure', 'certificate revoked',
      'unsupported certificate purpose', 'invalid ca certificate', 'invalid peer certificate', 'certificateexpiredexception',
      'certificatenotyetvalidexception', 'certificaterevokedexception', 'certpathvalidatorexception', 'certificate verification failed',
      'certificate validation failed',
    ],
    // A certificate check's verdict in each stack's words: OpenSSL's verify strings the general row does not name (`unable
    // to get issuer certificate`, `certificate is not yet valid`, ...), rustls' `invalid peer certificate: UnknownIssuer`,
    // Java's CertificateExpiredException and CertPathValidatorException (`validity check failed`), and the verdict alone
    // (OpenSMTPD's `Server certificate verification failed`).
    regex: /\bunable to get issuer certificate\b|\bcertificate is not yet valid\b|\bcertificate signature failure\b|\bcertificate revoked\b|\bunsupported certificate purpose\b|\binvalid CA certificate\b|\binvalid peer certificate: ?\w{3,40}|\bCertificate(?:Expired|NotYetValid|Revoked)Exception\b|\bCertPathValidatorException\b|\bcertificate (?:verification|validation) failed\b/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: "The peer's certificate failed the check: not trusted (an issuer missing from the chain or the trust store), expired or not yet valid (or this host's clock is wrong), revoked, or not meant for this use. The TCP connection worked.",
  },
  {
    id: 'tls-alert',
    keywords: ['received fatal alert', 'fatal alert received', 'client alert: fatal', 'server alert: fatal', 'tls_alert', 'general sslengine problem'],
    // A fatal TLS alert, the one end telling the other why it gives up the handshake, in each stack's words: Java's
    // `Received fatal alert: protocol_version`, Android's `Fatal alert received protocol_version`, rustls' `received fatal
    // alert: UnknownCA`, Erlang's `{tls_alert, {unknown_ca, "... generated CLIENT ALERT: Fatal - Unknown CA"}}`; JSSE's
    // `General SSLEngine problem` wraps a handshake failure the same way.
    regex: /\breceived fatal alert: ?\w{3,40}|\bfatal alert received:? ?\w{3,40}|\b(?:CLIENT|SERVER) ALERT: Fatal - [A-Za-z]{3,20}|\{:?tls_alert,|\bGeneral SSLEngine problem\b/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: 'One end sent a fatal TLS alert and ended the handshake; the alert names why (unknown_ca or certificate_unknown: a certificate it does not trust; protocol_version or handshake_failure: no TLS version or cipher both accept). Whoever received the alert is not the one to blame. The TCP connection worked.',
  },
  {
    id: 'tls-negotiation',
    keywords: [
      'no appropriate protocol', 'no shared cipher', 'no common cipher', 'no cipher suite', 'server selected unsupported protocol version',
      'do not possess a common algorithm', 'is not accepted by client preferences', 'not enabled or supported in server context',
    ],
    // No TLS version or cipher suite both ends accept: Java's `No appropriate protocol (protocol is disabled or cipher suites
    // are inappropriate)` and `The server selected protocol version TLS10 is not accepted by client preferences`,
    // OpenSSL's `no shared cipher`, Go's `tls: no cipher suite supported by both client and server` and `tls: server
    // selected unsupported protocol version 301`, .NET's `... because they do not possess a common algorithm`.
    regex: /\bNo appropriate protocol \(protocol is disabled or cipher suites are inappropriate\)|\bno (?:shared|common) ciphers?\b|\bno cipher suites? (?:supported by both|in common)\b|\bserver selected unsupported protocol version\b|\bdo not possess a common algorithm\b|\bprotocol version \w{3,10} is not accepted by client preferences\b|\bprotocol \w{3,10} is not enabled or supported in server context\b/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: 'The two ends share no TLS version or cipher suite: one of them is old (TLS 1.0/1.1 only) or has them disabled by policy (a JDK java.security file, Windows registry, OpenSSL security level). Enable a common version on one side. The TCP connection worked.',
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
    // Firefox's page: `The connection to the server was reset while the page was loading.`
    // Not a metric or setting named after resets (`Connection reset counter: 0`, `connection reset timeout=5`).
    regex: /\b(?:connection (?:was |has been |is |got )?(?:reset|forcibly closed)(?! (?:counters?|counts?|totals?|rates?|stats?|metrics?|timeout|interval|handler|events?)\b| ?[:=] ?\d)|connection to (?:the )?[\w.:-]{1,100}(?: server)? (?:was|has been) reset|reset by (?:the )?(?:peer|remote(?: host| end| side)?|server))\b/i,
    errno: 'ECONNRESET',
    phase: 'unknown',
    generic: true,
    note: 'The connection was reset: an RST arrived from the peer or a middlebox speaking for it (ECONNRESET, in the program\'s own words).',
  },
  {
    id: 'winsock-number',
    keywords: ['error', 'error code'].flatMap((word) => ['', ':', '='].flatMap((sign) => ['', ' '].flatMap((space) => ['100', '101'].map((digits) => `${word}${sign}${space}${digits}`)))),
    // A WinSock code after the word error (Proxifier's `connection attempt failed with error 10061`): numbers from
    // 10000 up are Windows' socket errors wherever they appear.
    regex: /\berror(?: code)?[:=]? ?(?<number>10[01]\d\d)\b/i,
    errno: 'from-number',
    platform: 'windows',
    phase: 'unknown',
    generic: true,
    note: 'A WinSock error code printed by the program (10061 WSAECONNREFUSED, 10054 WSAECONNRESET, 10060 WSAETIMEDOUT); the catalog names it.',
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
    id: 'change-title',
    keywords: [
      'econn', 'epipe', 'etimedout', 'ehostun', 'enetun', 'eaddr', 'enotfound', 'eai_', '(#', 'connection reset',
      'connection refused', 'connection closed', 'connection timed out', 'reset by peer', 'socket hang up', 'broken pipe',
      'timeoutexception', 'timeouterror', 'disconnectederror', 'disconnectedexception', 'closedexception', 'closederror',
      'reseterror', 'resetexception', 'refusederror', 'refusedexception',
    ],
    // A commit or pull-request title, or an item of its checklist (`Fix ECONNRESET handling in the agent (#123)`,
    // `net/http: handle EPIPE on close`, `- [x] adds a clause for "Connection refused"`, `[Feature] Improved handling
    // of ServerDisconnectedError`): it names an error that code handles, it does not report one happening.
    regex: /^\s{0,8}(?:[-*] )?(?:\[[ xX]\] )?(?:\[(?!(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|NOTICE)\])[A-Za-z][A-Za-z ,./-]{0,39}\] )?(?:(?:fix|feat|chore|refactor|perf|test|docs|build|ci|revert)(?:\([\w./-]{1,40}\))?!?: [^\n]{0,80}?|(?:[\w/.-]{1,30}(?:\([\w./-]{1,40}\))?: )?(?:[Ff]ix(?:es|ed)?|[Hh]andle[sd]?|[Cc]atch(?:es)?|[Ii]gnore|[Rr]etry(?! ?(?:[#\d(\[:/]|attempt|count|number))|[Rr]etries on|[Ss]wallow|[Ss]uppress|[Ss]ilence[sd]?|[Tt]olerate|[Rr]ecover|[Rr]esolve[sd]?|[Ii]mprove[sd]?|[Ss]upport|[Aa]void|[Pp]revent|[Aa]dd(?:s|ed)?|[Bb]ump(?:s|ed)?|[Tt]reat|[Dd]on't|[Dd]o not)\b[^\n]{0,80}?)(?:(?<![\w/.-])(?:UV_)?E(?:CONN[A-Z]{5,7}|PIPE|TIMEDOUT|HOSTUNREACH|NETUNREACH|ADDRINUSE|ADDRNOTAVAIL|NOTFOUND|AI_AGAIN)\b|\b[Cc]onnection (?:reset|refused|closed|timed out)|\b[Rr]eset by peer|\b[Ss]ocket hang up|\b[Bb]roken pipe|\b\w{0,40}(?:Timeout|Disconnected|Closed|Reset|Refused)(?:Exception|Error)\b)[^\n]{0,300}|^[^\n]{0,300}\(#\d{1,6}\)\s*$/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'A commit or pull-request title (or an item of its checklist) that names an error being handled, not a failure.',
  },
  {
    id: 'change-prose',
    keywords: [
      'econn', 'epipe', 'etimedout', 'emfile', 'connection reset', 'connection refused', 'connection closed', 'reset by peer',
      'socket hang up', 'broken pipe', 'closed by remote', 'closed by the remote', 'hung up', 'timed out', 'timeoutexception',
      'too many open files', 'timeout',
    ],
    // Prose that talks about errors rather than reporting one: what a change does (`this handles ECONNRESET`, `retry on
    // socket hang up`, `should fix #23`) or what a message means (`AFAIK ... usually is a network issue`, `EMFILE means
    // too many open files`, `"socket hang up" happens when ...`; not libpq's own `This probably means the server ...`).
    regex: /^(?=[^\n]{0,400}?(?:\b(?:this|it) (?:handles|catches|ignores|retries|fixes|silences|suppresses)\b|\bretr(?:y|ies) on [`'"]?(?:E[A-Z]{4,}|socket|connection|timeouts?|errors?|\w{0,30}(?:Error|Exception))|\berrors? retry (?:for|logic|layer|mechanism|support|handling)\b|\b(?:fix|fixes|close|closes|resolve|resolves) #\d{1,6}\b|\bAFAIK\b|\bIIRC\b|(?:\bE[A-Z]{4,}|[`'"][^`'"\n]{3,80}[`'"]) (?:means|(?:happens|occurs|is raised|is thrown) when)\b|\busually (?:is|means|indicates)\b|\b(?:typically|generally) (?:means|indicates)\b|\bI would guess\b))[^\n]{1,600}/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'A sentence about errors (what a change handles, what a message usually means) that reports none happening.',
  },
  {
    id: 'test-timer',
    keywords: ['timeout of ', 'exceeded timeout of', 'test timed out', 'async callback was not invoked', 'async function did not complete'],
    // Test runners' per-test timers (mocha `Timeout of 2000ms exceeded.`, jest, vitest, jasmine, go test): the test
    // took too long, whatever it waited for. superagent words its own timer the same way (with code ECONNABORTED).
    regex: /\bTimeout of \d{1,9}ms exceeded\b|\btimeout of \d{1,9}ms exceeded\. Ensure the done\(\) callback|\bExceeded timeout of \d{1,9} ?ms for a (?:test|hook)|\bTest timed out in \d{1,9} ?ms|\bAsync (?:callback was not invoked|function did not complete) within|\btest timed out after \d/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: "A test runner's timer for one test or hook, not a network timer.",
  },
  {
    id: 'parser-eof',
    keywords: ['syntax error', 'parse error', 'error parsing', 'parsing error', 'here-document', 'while parsing', 'looking for matching'],
    // A parser reaching the end of its input (bash, javac, YAML): end of file of a script, not of a connection.
    regex: /\b(?:syntax error|parse error|error parsing|parsing error|here-document|looking for matching)\b[^\n]{0,80}?(?:\bEOF\b|end[ -]of[ -](?:file|input))|\bend of (?:file|input) while parsing\b|\bEOF while looking for matching\b/i,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'A parser reached the end of a file or script it was reading, not a connection closing.',
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
  {
    id: 'code-comparison',
    keywords: [
      "=='e", "== 'e", '=="e', '== "e', "!='e", "!= 'e", '!="e', '!= "e', 'case e', "case 'e", 'case "e', '.tobe(', '.toequal(',
      '.tostrictequal(', 'errno.e', 'syscall.e',
    ],
    // Code that tests for an errno (`err.code === 'ECONNRESET'`, `case 'ECONNREFUSED':`, `.toBe('EPIPE')`, Python's
    // `errno.ECONNRESET`, Go's `syscall.ECONNRESET`): programs print errno names, they compare them only in source.
    regex: /^[^\n]{0,200}?(?:[!=]==? ?['"]E[A-Z_]{3,20}['"]|\bcase ['"]?E[A-Z_]{3,20}['"]?:|\.to(?:Be|Equal|StrictEqual)\(['"]E[A-Z_]{3,20}['"]|\b(?:errno|syscall)\.E[A-Z]{3,20}\b)[^\n]{0,300}/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'Source code that compares an error with an errno name, not an error happening.',
  },
], { origin: { by: 'the program' } });
