// PostgreSQL (libpq client and server log) messages: `server closed the connection unexpectedly`, connect failures.
import { definePatternTable } from '../pattern.js';

/** Patterns for libpq's client errors and the PostgreSQL server log. */
export const postgres = definePatternTable('postgres', [
  {
    id: 'server-closed-unexpectedly',
    keywords: ['server closed the connection unexpectedly'],
    regex: /\bserver closed the connection unexpectedly\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "libpq read end-of-file (FIN) mid-session: the backend exited (killed, crashed, pg_terminate_backend, restart) or something in between closed the connection. An RST would read `could not receive data from server: Connection reset by peer`.",
  },
  {
    id: 'incomplete-startup-packet',
    keywords: ['incomplete startup packet'],
    // The server's log (`LOG:  incomplete startup packet`, also in its CSV form with SQLSTATE 08P01): a client opened a
    // TCP connection and closed it before sending its whole startup packet: a load balancer's or orchestrator's health
    // check, a port scanner, a monitor's probe, or a client that gave up. Not `invalid length of startup packet` (the
    // peer spoke another protocol).
    regex: /\bincomplete startup packet\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "A client connected and closed the connection (FIN) before it sent its startup packet: most often a health check or monitor that only tests the port (PostgreSQL 12 and later no longer log a connection that sent nothing), else a client that gave up. Harmless in itself; find who connects at that rhythm.",
  },
  {
    id: 'could-not-connect',
    keywords: ['could not connect to server: '],
    regex: /\bcould not connect to server: (?<message>[A-Z][A-Za-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'connect',
    note: 'libpq (before v14) failed to connect; the text is the connect() errno. The next line names the host and port tried.',
  },
  {
    id: 'connection-to-server-failed',
    keywords: ['connection to server at'],
    regex: /\bconnection to server at "(?<host>[^"\s]{1,255})"(?: \([\w.:%-]{1,64}\))?, port (?<port>\d{1,5}) failed: (?<message>[A-Z][A-Za-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'connect',
    note: 'libpq (v14+) failed to connect to this host and port; the text is the connect() errno.',
  },
  {
    id: 'could-not-receive',
    keywords: ['could not receive data from'],
    regex: /\bcould not receive data from (?:server|client): (?<message>[A-Z][A-Za-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'read',
    note: 'recv() failed with this errno: on the client (libpq) the server side broke, in the server log the client did.',
  },
  {
    id: 'could-not-send',
    keywords: ['could not send data to'],
    regex: /\bcould not send data to (?:server|client): (?<message>[A-Z][A-Za-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'write',
    note: 'send() failed with this errno; Broken pipe means the other end had already gone away.',
  },
  {
    id: 'could-not-translate-host',
    keywords: ['could not translate host name'],
    // The gai_strerror() text may be missing where the line was cut (an issue title): a lookup failed all the same.
    regex: /\bcould not translate host name "(?<host>[^"\s]{1,255})"(?: to address(?:: (?<message>[A-Z][A-Za-z ,]{2,60}[a-z]))?)?/,
    errno: 'from-message',
    kind: 'resolution',
    phase: 'dns',
    note: 'getaddrinfo() failed for the host; the text is gai_strerror().',
  },
  {
    id: 'jdbc-refused',
    keywords: ['check that the hostname and port are correct'],
    regex: /\bConnection to (?<peer>[\w.:[\]%-]{1,255}) refused\. Check that the hostname and port are correct/,
    errno: 'ECONNREFUSED',
    phase: 'connect',
    note: "pgJDBC's PSQLException for a ConnectException: nothing accepted the TCP connection on that host and port.",
  },
  {
    id: 'jdbc-io-error',
    keywords: ['an i/o error occurred while sending to the backend'],
    regex: /\bAn I\/O error occurred while sending to the backend\b/,
    errno: null,
    kind: null,
    phase: 'unknown',
    note: "pgJDBC wraps a socket failure mid-session; the `Caused by:` line (often java.net.SocketException: Connection reset or Broken pipe) names the errno.",
  },
  {
    id: 'connection-to-client-lost',
    keywords: ['connection to client lost'],
    regex: /\bconnection to client lost\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'write',
    note: 'The backend gave up on its client after a failed send or receive (the lines before it name the errno): the client went away.',
  },
  {
    id: 'pgbouncer-server-conn-crashed',
    keywords: ['server conn crashed?'],
    // PgBouncer's reason when its connection to PostgreSQL ended without a goodbye (end of stream or a read error): in
    // its own log (`closing because: server conn crashed? (age=151s)`, `pooler error: server conn crashed?`) and passed
    // to the client as an 08P01 error (node-postgres' and Npgsql's `08P01: server conn crashed?`). The server backend went
    // away (killed by idle_in_transaction_session_timeout or an admin, a crash) or something between dropped the link.
    regex: /\bserver conn crashed\?/,
    errno: null,
    kind: 'peer-closed',
    origin: { source: 'proxy', by: 'pgbouncer' },
    phase: 'read',
    note: "PgBouncer's connection to the PostgreSQL server closed under it: the backend was terminated (idle_in_transaction_session_timeout, statement_timeout kills, pg_terminate_backend, a restart or crash) or a firewall or NAT between them dropped the idle link. PostgreSQL's log at that moment says which; tcp_keepalive settings help with the firewall case.",
  },
]);
