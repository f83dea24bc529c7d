// MySQL client errors: 2013 Lost connection, 2006 gone away, 2003 Can't connect (errno), 1040 Too many connections.
import { definePatternTable } from '../pattern.js';

/** Patterns for MySQL/MariaDB client errors and the Node mysql/mysql2 drivers. */
export const mysql = definePatternTable('mysql', [
  {
    id: 'lost-connection',
    keywords: ['lost connection to mysql server'],
    regex: /\bLost connection to MySQL server (?:during query|at '[^']{1,80}'(?:, system error: (?<number>\d{1,5}))?)/,
    errno: 'from-number',
    kind: 'peer-closed',
    phase: 'read',
    note: 'CR_SERVER_LOST (2013): the connection broke while waiting for a reply (server killed the query or crashed, net_read_timeout, a proxy idle timeout). The system error number, when shown, is the errno.',
  },
  {
    id: 'handshake-timer',
    keywords: ['lost connection to mysql server'],
    // libmysql bounds the server's greeting and the authentication reply with connect_timeout: when it expires, its poll
    // wait sets errno to ETIMEDOUT itself (110 on Linux, 60 on macOS, 10060 on Windows), or an older client's SO_RCVTIMEO
    // read returns EAGAIN (11, 35, 10035). The kernel's own ETIMEDOUT takes many minutes on an established connection,
    // far longer than connect_timeout, so at these stages the number is the client's timer; other numbers (0, 104, 111)
    // are what the connection met, and the lost-connection row reads them.
    regex: /\bLost connection to MySQL server at '(?:handshake: )?(?:reading|waiting for) (?:initial communication|authorization) packet', system error: (?<number>110|11|60|35|10060|10035)\b/,
    errno: null,
    kind: 'timer',
    origin: { by: 'libmysql' },
    supersedes: ['mysql.lost-connection'],
    phase: 'connect',
    note: "The MySQL client's connect_timeout expired while it waited for the server's greeting or its answer to the login: TCP connected, but nothing (or not a MySQL server) answered in time: a firewall or proxy that accepts and stays silent, a wrong port, or an overloaded server (its own connect_timeout, or slow reverse DNS with skip-name-resolve off). libmysql prints its timer as an errno; the kernel did not time out.",
  },
  {
    id: 'gone-away',
    keywords: ['mysql server has gone away'],
    regex: /\bMySQL server has gone away\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'unknown',
    note: "CR_SERVER_GONE_ERROR (2006): the server had already closed the connection before this command, usually wait_timeout on an idle pooled connection, or a packet over max_allowed_packet.",
  },
  {
    id: 'cant-connect',
    keywords: ["can't connect to mysql server on", 'can’t connect to mysql server on'],
    regex: /\bCan['\u2019]t connect to MySQL server on '?(?<peer>[\w.:[\]%-]{1,255}?)'?(?::\d{1,5})? \((?<number>\d{1,5})\)/,
    errno: 'from-number',
    phase: 'connect',
    note: 'CR_CONN_HOST_ERROR (2003): connect() failed; the number in parentheses is the errno (10061 style numbers on Windows).',
  },
  {
    id: 'cant-connect-local-socket',
    keywords: ["can't connect to local mysql server through socket", 'can’t connect to local mysql server through socket'],
    // Client error 2002 over the Unix socket, with connect()'s errno (MariaDB adds its text: `(111 "Connection refused")`):
    // 111 ECONNREFUSED, nothing listens on the socket file; 2 (ENOENT, no socket file: the server is not running or
    // uses another path) is no socket errno and gives nothing.
    regex: /\bCan['\u2019]t connect to local MySQL server through socket '[^'\n]{0,255}' \((?<number>\d{1,5})(?: "[^"\n]{1,60}")?\)/,
    errno: 'from-number',
    phase: 'connect',
    note: "The MySQL client could not connect to the server's Unix socket file: with 111 the file exists but no server listens on it (mysqld stopped or crashed); check that mysqld runs and that client and server agree on the socket path.",
  },
  {
    id: 'pdo-connect',
    keywords: ['[2002] '],
    // PHP's mysqlnd (PDO, mysqli) reports a failed connect as CR_CONNECTION_ERROR (2002) followed by the OS's text.
    regex: /\bSQLSTATE\[HY000\] \[2002\] (?<message>[^\n]{2,160})/,
    errno: 'from-message',
    phase: 'connect',
    note: "mysqlnd's CR_CONNECTION_ERROR (2002): connect() to the MySQL server failed; the text after it is the OS error (`Connection refused`, `No such file or directory` for a missing Unix socket, a getaddrinfo failure for a bad host name).",
  },
  {
    id: 'last-packet-received',
    keywords: ['last packet successfully received from the server'],
    // Connector/J's timing detail under a CommunicationsException. Its other form, `The last packet sent successfully
    // to the server was 0 milliseconds ago. The driver has not received any packets`, is a failed connect, not this.
    regex: /\bThe last packet successfully received from the server was [\d,.]{1,15} milliseconds ago\b/,
    errno: null,
    kind: 'peer-closed',
    origin: { by: 'connector/j' },
    phase: 'read',
    note: "Connector/J's CommunicationsException on a connection that had worked: the server (wait_timeout), a proxy or a firewall dropped it while it sat idle for that long, and the next query found it gone. Validate pooled connections or keep their lifetime under wait_timeout.",
  },
  {
    id: 'no-packets-received',
    keywords: ['the driver has not received any packets from the server'],
    regex: /\bThe driver has not received any packets from the server\b/,
    errno: null,
    kind: 'errno',
    phase: 'connect',
    note: "Connector/J never heard from the server (`The last packet sent successfully to the server was 0 milliseconds ago`): connect() failed, with the errno in the `Caused by:` below it (refused: nothing listens there; timed out: a firewall, or a wrong host).",
  },
  {
    id: 'too-many-connections',
    keywords: ['er_con_count_error', 'too many connections'],
    regex: /\b(?:ER_CON_COUNT_ERROR|Too many connections)\b/,
    errno: null,
    kind: 'resource-limit',
    phase: 'connect',
    note: 'ER_CON_COUNT_ERROR (1040): TCP connected but the server refused the session because max_connections was reached. Not a socket errno: look for leaked or oversized pools.',
  },
  {
    id: 'protocol-connection-lost',
    keywords: ['protocol_connection_lost', 'the server closed the connection'],
    regex: /\b(?:PROTOCOL_CONNECTION_LOST|Connection lost: The server closed the connection)\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'The Node mysql/mysql2 driver saw the server end the connection (FIN), typically wait_timeout on an idle pooled connection.',
  },
  {
    id: 'lock-wait-timeout',
    keywords: ['lock wait timeout', 'lockwaittimeout'],
    regex: /\b(?:(?:Error )?1205:? )?Lock wait timeout exceeded(?:; try restarting transaction)?|\bLockWaitTimeoutException\b/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: "InnoDB's row-lock wait timer (innodb_lock_wait_timeout): a database lock, no socket involved.",
  },
  {
    id: 'aborted-connection-error',
    keywords: ['got an error reading communication packets', 'got an error writing communication packets'],
    // mysqld's and MariaDB's error log: `[Note] Aborted connection 3 to db: 'app' user: 'app' host: '172.17.0.4' (Got an
    // error reading communication packets)`.
    regex: /\bGot an error (?:reading|writing) communication packets\b/,
    errno: null,
    kind: 'peer-closed',
    origin: { by: 'mysqld' },
    phase: 'read',
    note: "The server's side of a client connection that ended without COM_QUIT: the client closed its socket or exited without closing the connection (pools and scripts that never call close()), or a proxy or NAT dropped it. Warnings only, unless clients also report errors.",
  },
  {
    id: 'aborted-connection-timeout',
    keywords: ['got timeout reading communication packets', 'got timeout writing communication packets'],
    // The same log line when the server's own timer ended the connection: wait_timeout (or interactive_timeout) on an idle
    // connection, net_read_timeout or net_write_timeout in the middle of a packet.
    regex: /\bGot timeout (?:reading|writing) communication packets\b/,
    errno: null,
    kind: 'timer',
    origin: { by: 'mysqld' },
    phase: 'read',
    note: "mysqld closed a client connection when its own timer expired: wait_timeout on a connection left idle (a pool keeping connections longer than the server allows), or net_read_timeout while waiting for the rest of a packet. Not a kernel errno.",
  },
]);
