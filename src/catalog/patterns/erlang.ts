// Erlang and Elixir (BEAM): inet's error atoms in tuples and structs (`{error,econnrefused}`, `reason: :closed`).
import { definePatternTable } from '../pattern.js';

// An atom in the places BEAM code reports an inet error: `{error, X}`, `{:error, :X}`, `{tcp,X}`, `reason: :X`,
// `exit: X`, `{:inet, [:inet], :X}`, or a log line's `failure: X`. Elixir writes atoms with a leading colon, and a
// wrapper that turned the reason into a string quotes it (`{:error, ":closed"}`).
const AT = String.raw`(?:\{:?(?:error|tcp|connect_error|shutdown),\s?"?:?|\],\s?:?|\breason:\s?:|\bexit: |\bconnection: |\bfailure: |\) :)`;

/** Patterns for inet errors as Erlang, Elixir and their HTTP clients (hackney, HTTPoison, Mint, Finch) print them. */
export const erlang = definePatternTable('erlang', [
  {
    id: 'inet-errno',
    keywords: ['econn', 'etimedout', 'ehostunreach', 'enetunreach', 'enotconn', 'epipe', 'eaddr', 'einval', 'emfile', 'enfile', 'enobufs', 'nxdomain'],
    regex: new RegExp(`${AT}(?<name>e(?:connrefused|connreset|connaborted|timedout|hostunreach|netunreach|notconn|pipe|addrinuse|addrnotavail|inval|mfile|nfile|nobufs)|nxdomain)\\b`),
    errno: 'from-name',
    phase: 'unknown',
    note: "inet's error atom: the POSIX errno of the failed socket call in lower case (econnrefused is ECONNREFUSED), or nxdomain when the name did not resolve.",
  },
  {
    id: 'closed',
    // What precedes `closed` in each shape (AT's last character, or `_`), not `closed` alone: healthy lines say it all
    // the time (`websocket 12 closed by client`), and each such line would be tried.
    keywords: [',closed', ', closed', '"closed', ':closed', ': closed', 'tcp_closed', 'ssl_closed', 'socket_closed'],
    regex: new RegExp(`${AT}closed\\b|\\b(?:tcp|ssl)_closed\\b|\\b\\w{0,30}socket_closed\\b`),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "inet's `closed`: the socket was closed, almost always by the peer (a FIN read as end of stream: a stale pooled connection, a server's idle timeout). `tcp_closed` is the message an active socket sends its owner when the peer closes.",
  },
  {
    id: 'socket-closed',
    keywords: ['mint.transporterror', 'dbconnection.connectionerror'],
    // The message BEAM libraries give the `closed` reason (Mint.TransportError, which Finch and Req raise, and the
    // database drivers' DBConnection.ConnectionError): the server closed the socket. Older drivers name the call (`tcp
    // recv: closed`, `ssl recv: closed`, `tcp send: closed`); not where the pool closed it itself (`(the connection was
    // closed by the pool, possibly due to a timeout ...)`).
    regex: /\b(?:Mint\.TransportError|DBConnection\.ConnectionError)\)?:? {1,3}(?:socket|(?:tcp|ssl) (?:recv|send):) closed\b(?! \(the connection was closed by the pool)/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "`socket closed` (inet's `closed` reason as Mint and the database drivers word it): the server closed the connection (a FIN), typically a pooled keep-alive connection it had already timed out. Retry idempotent requests on a fresh connection.",
  },
  {
    id: 'mint-timeout',
    keywords: ['mint.transporterror'],
    regex: /\bMint\.TransportError\)?:? {1,3}timeout\b/,
    errno: null,
    kind: 'timer',
    origin: { by: 'mint' },
    phase: 'unknown',
    note: "Mint's TransportError `timeout`: a timer the caller passed (Finch's receive_timeout or pool_timeout, Req's) expired; not the kernel's etimedout.",
  },
  {
    id: 'timeout',
    // What AT can leave just before the atom: not `timeout` alone, which healthy lines say all the time.
    keywords: [',timeout', ', timeout', '"timeout', ':timeout', ': timeout', 'connect_timeout'],
    regex: new RegExp(`${AT}(?:connect_)?timeout\\b`),
    errno: null,
    kind: 'timer',
    phase: 'unknown',
    note: "The `timeout` atom: a timer the program passed to gen_tcp or its HTTP client (hackney's connect_timeout or recv_timeout) expired; not the kernel's etimedout.",
  },
  {
    id: 'dbconnection-queue-dropped',
    keywords: ['request was dropped from queue'],
    // DBConnection's pool (Ecto, Postgrex, MyXQL, Clickhousex): `connection not available and request was dropped from
    // queue after 403ms`.
    regex: /\bconnection not available and request was dropped from queue\b/i,
    errno: null,
    kind: 'resource-limit',
    phase: 'connect',
    note: "DBConnection's pool had no free connection within its queue target (:queue_target, :queue_interval) and dropped the request: slow queries holding connections, a pool_size too small for the load, or a database that is down or not accepting connections (then the pool has none to hand out). Not a socket error itself.",
  },
]);
