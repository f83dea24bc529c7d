// Generic rows for the other end closing the connection (end of file, no errno), in any wording.
import type { PatternRow } from '../../pattern.js';
import { anyOfParts } from './any-of.js';

/** The peer closed the connection: `closed by the remote host`, an unexpected EOF, errno 0 printed as the cause. */
export const peerClosed: readonly PatternRow[] = [
  {
    id: 'closed-by-peer',
    keywords: [
      'closed', 'eof', 'end of stream', 'end of file', 'end of input', 'hung up', 'hang up', 'went away', 'gone away', 'terminated',
      'disconnected', 'connection lost', 'connection was lost', 'connection dropped', 'premature', 'incompleteread',
      'transport is closing', 'lost connection', 'lost the connection', 'was lost', 'been lost', 'ended unexpectedly',
      'end of file reached', 'close_notify', 'close notify', 'uncleanshutdown', 'connection_forced', 'forced connection closure',
      'socket closed', 'network closed for unknown reason', 'closed in the middle of', 'sslzeroreturnerror', ' bytes read on a total of ',
      'unable to read additional data from',
      'tls/ssl connection has been closed', 'invalidchunklength', 'non-properly terminated', 'unexpectedly ended', 'was dropped',
    ],
    ...anyOfParts([
      // `Connection closed by remote host`, `connection was closed by the server`
      // (a dot inside a host name, `Connection to db.example.com closed by remote host`, is not a sentence's end)
      {
        keywords: ['closed', 'terminated', 'dropped', 'lost', 'disconnected'],
        source: String.raw`\b(?:connection|socket|stream|channel|session|transport)\b(?:[^.;\n]|\.(?=\w)){0,60}?\b(?:closed|terminated|dropped|lost|disconnected)\b[^.;\n]{0,20}?\bby (?:the )?(?:remote|peer|server|foreign|other|upstream|backend|broker|client)`,
      },
      // `the remote end hung up unexpectedly`, `server closed idle connection`, `client unexpectedly closed TCP connection`
      // (and MySQL's 2006 in any case, `Mysql server has gone away`)
      {
        keywords: ['hung up', 'went away', 'gone away', 'terminated the ', 'closed the ', 'closed a', 'closed idle ', 'closed keep-alive ', 'closed tcp ', 'closed connection', 'closed socket', 'closed stream', 'closed request'],
        source: String.raw`(?:remote|peer|server|client|foreign host|other side|other end|upstream|backend)(?: end| host| side)? (?:has |had |was )?(?:unexpectedly |abruptly |prematurely )?(?:hung up|went away|gone away|closed (?:the |an? )?(?:idle |keep-alive |tcp )?(?:connection|socket|stream|request)|terminated the (?:connection|handshake))`,
      },
      // `closed prematurely`, `The response ended prematurely`, gRPC's `connection closed before server preface received`,
      // Dart's `Connection closed before full header was received`, browsers' WebSocket `Connection closed before receiving
      // a handshake response` (the server or a proxy closed the upgrade request unanswered) (a process that `terminated unexpectedly` is not a
      // connection, hence the subject)
      {
        keywords: ['prematurely', 'unexpectedly', 'closed before '],
        source: String.raw`(?:prematurely|unexpectedly) (?:closed|ended)|closed (?:prematurely|unexpectedly)|\b(?:connection|stream|socket|session|response|request|transfer|body|channel|transport)\b[^.;\n]{0,30}?\b(?:ended|terminated) (?:prematurely|unexpectedly)|closed before (?:we received |receiving |sending |a |the )?(?:a |any )?(?:valid |full |complete |whole )?(?:handshake |HTTP |server )?(?:response|reply|data|message|server preface|headers?|body)`,
      },
      {
        keywords: ['unexpected', 'early eof', 'disconnected', 'client closed request'],
        source: String.raw`unexpected(?:ly)? (?:eof|end of (?:stream|file|input))|early eof|(?:server|remote host|peer) (?:has |had )?(?:unexpectedly )?disconnected|serverdisconnected(?:error)?|client closed request`,
      },
      // AMQP's connection.close from the broker (RabbitMQ's `CONNECTION_FORCED - broker forced connection closure`)
      {
        keywords: ['connection_forced', 'forced connection closure'],
        source: String.raw`\bCONNECTION_FORCED\b|\bforced connection closure\b`,
      },
      // gRPC's UNAVAILABLE when the transport closed (`details = "Socket closed"`, grpc-java's `Network closed for unknown
      // reason`); asyncpg's `connection was closed in the middle of operation`; Python's SSLZeroReturnError (the peer's
      // close_notify); GnuTLS' `TLS connection was non-properly terminated` after the handshake (a FIN without
      // close_notify); urllib3's `InvalidChunkLength(got length b''` (the body ended inside a chunk)
      {
        keywords: ['unavailable', 'closed in the middle of', 'sslzeroreturnerror', 'tls/ssl connection has been closed', 'non-properly terminated', 'invalidchunklength'],
        source: String.raw`\bUNAVAILABLE\b[^\n]{0,80}?\b(?:Socket closed|Network closed for unknown reason)\b|\bconnection (?:was |has been )?closed in the middle of\b|\bSSLZeroReturnError\b|\bTLS\/SSL connection has been closed\b|(?<!handshake\(\) failed: The )\bTLS connection was non-properly terminated\b|\bInvalidChunkLength\(got length b''`,
      },
      // TLS ended by a bare FIN, without the close_notify alert: rustls' `peer closed connection without sending TLS
      // close_notify`, SwiftNIO's NIOSSLError.uncleanShutdown (the identifier only: a database's `unclean shutdown` is
      // a crash it recovers from)
      {
        keywords: ['close_notify', 'close notify', 'uncleanshutdown'],
        source: String.raw`\bwithout (?:sending |receiving )?(?:a |the )?(?:TLS |SSL )?close[_ ]notify\b|\buncleanShutdown\b`,
      },
      // End of stream in a library's words: Rust's UnexpectedEof, OpenSSL's UNEXPECTED_EOF_WHILE_READING, Java's
      // `Premature EOF`, .NET's net_http_invalid_response_premature_eof, libpq's `EOF detected`, NSS's `Encountered end
      // of file`, Ruby's `end of file reached`, Python's IncompleteRead and asyncio's IncompleteReadError; not a log
      // shipper reaching the end of a file (Filebeat's `End of file reached: /var/log/...`)
      {
        keywords: ['eof', 'premature', 'end of file', 'end of stream', 'incompleteread'],
        source: String.raw`unexpected_?eof|premature(?:ly)?[ _](?:eof|end)|\beof (?:detected|occurred in violation of protocol|received|from (?:the )?(?:server|peer|remote|client))|(?:got|received|read|encountered) (?:an? )?(?:eof|end of (?:file|stream))\b|end of file reached\b(?!: ?[\/~.\w])|incompleteread`,
      },
      // An EOF exception class (Java's EOFException, Jetty's EofException, Ruby's EOFError, Python's SSLEOFError); not
      // Python's EOFError from input() or pickle, nor a compressed stream cut short.
      {
        keywords: ['eof'],
        source: String.raw`\b(?:ssl)?eof ?(?:exception|error)\b(?!: (?:EOF when reading a line|Ran out of input|Compressed file ended|Unexpected end of ZLIB))`,
      },
      // Closed-connection exception classes and error enums (Jenkins' ChannelClosedException, botocore's
      // ConnectionClosedError, Qt's QAbstractSocket::RemoteHostClosedError),
      // gRPC's `transport is closing`, load balancers' `backend_connection_closed_before_data_sent_to_client`
      {
        keywords: ['connectionclosed', 'channelclosed', 'streamclosed', 'socketclosed', 'remotehostclosed', 'peerclosed', 'transport is closing', '_connection_closed'],
        source: String.raw`\b\w{0,30}(?:connection|channel|stream|socket|remotehost|peer)closed(?:exception|error)\b|\btransport is closing\b|\b(?:backend|upstream|server|origin)_connection_closed\w{0,60}`,
      },
      {
        keywords: ['connection lost', 'connection dropped', 'connection was dropped', 'lost connection', 'lost the connection', 'was lost', 'been lost'],
        source: String.raw`connection (?:was )?(?:lost|dropped)\b(?! (?:after|to) \d)|\blost (?:the )?connection\b|\bconnection to (?:the )?[\w.:-]{1,100}(?: server)? (?:was |has been )lost\b`,
      },
      // asyncio's IncompleteReadError in its own words, when a program prints only the message (`Error while receiving data:
      // 0 bytes read on a total of 8 expected bytes`: readexactly() met end of stream), and ZooKeeper's EndOfStreamException
      // (`Unable to read additional data from client sessionid 0x..., likely client has closed socket`, and from server on
      // the client side)
      {
        keywords: [' bytes read on a total of ', 'unable to read additional data from'],
        source: String.raw`\b\d{1,12} bytes read on a total of \d{1,12} expected bytes?\b|\bUnable to read additional data from (?:client|server)\b`,
      },
      // Go's io.EOF ending an error chain: `Get "http://...": EOF`, `caused by: EOF`, `error reading from server: EOF`,
      // and joined with a dash (NSQ's clients and daemons: `IO error - EOF`, `failed to read command - EOF`), not a file's
      // or the terminal's end (`failed to read config file - EOF`, `failed to read from stdin - EOF`, `EOF encountered in`)
      {
        keywords: [': eof', ' - eof'],
        source: String.raw`(?:Get|Post|Put|Patch|Delete|Head|Options) "[^"\s]{1,300}": EOF|[\w)"\]]: EOF\b(?! when reading a line)|\b(?:error|failed to (?:read|write) (?:(?!\b(?:file|stdin|input)\b)[\w ]){1,40}?) - EOF\b(?! (?:encountered|in|when|while|reached|found)\b)`,
      },
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
];
