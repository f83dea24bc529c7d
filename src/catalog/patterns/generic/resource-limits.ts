// Generic rows for a limit running out: a program's connection pool, a server's connection limit, a socket buffer's cap.
import type { PatternRow } from '../../pattern.js';

/** A pool or a server out of connections, in any program's words. */
export const resourceLimits: readonly PatternRow[] = [
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
      'timeout acquiring', 'timed out acquiring', 'timed out fetching', 'pool timed out',
    ],
    // A pool's wait for a free connection timing out reports the pool running dry (HikariCP's `Connection is not
    // available, request timed out after 30000ms`), not a network timer; so does a full queue of such waiters (the
    // MongoDB drivers' `The wait queue for acquiring a connection to server ... is full`, MongoWaitQueueFullException).
    // So does the wait in other pools' words: Knex's `Timeout acquiring a connection. The pool is probably full.`, Prisma's
    // `Timed out fetching a new connection from the connection pool`, SQLx's `pool timed out while waiting for an open
    // connection` (a pool that cannot open connections at all, the server being down, says the same).
    regex: /\b(?:time(?:out|d out) acquiring (?:a |an )?connection\b|timed out fetching (?:a |an )?(?:new )?connection from the (?:connection )?pool\b|pool timed out while waiting for an open connection\b|connection pool (?:is |has been )?(?:exhausted|full)|pool (?:is |has been )?exhausted|timeout waiting for (?:a |an )?(?:connection|idle object)(?: from (?:the )?pool)?|too many (?:connections|clients)|max(?:imum)? (?:number of )?connections (?:reached|exceeded)|no available connections?|circuit breaker (?:is )?(?:open|tripped)|connection is not available, request timed out|(?:timeout expired\.\s{1,2}the timeout period elapsed )?prior to obtaining a connection from the pool|queuepool limit of size \d{1,6} overflow -?\d{1,6} reached(?:, connection timed out)?|checkout a connection has timed out|pooltimeout\b|(?:could not|couldn't|unable to|failed to|cannot|can't) (?:obtain|acquire|get|check ?out) (?:a |an )?(?:[\w-]{1,20} )?connection from (?:the )?(?:connection )?pool\b|\bpool empty\b|\bwait queue for acquiring a connection\b[^\n]{0,80}?\bis full\b|\bWaitQueueFull(?:Exception|Error)\b|\bToo many operations are already waiting for a (?:server|connection)\b)/i,
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
      'worker_connections are not enough', "'max_user_connections'",
    ],
    // A server or proxy at its own connection limit, refusing the next client: Redis' `ERR max number of clients reached`
    // (maxclients), PostgreSQL's `remaining connection slots are reserved for ...` (max_connections less the reserved
    // slots), PgBouncer's `no more connections allowed (max_client_conn)`, nginx's `1024 worker_connections are not enough`,
    // MySQL's per-account limit (1203 `User u already has more than 'max_user_connections' active connections`, 1226 `User
    // 'u' has exceeded the 'max_user_connections' resource`).
    regex: /\bmore than 'max_user_connections' active connections\b|\bhas exceeded the 'max_user_connections' resource\b|\bmax(?:imum)? number of clients reached\b|\bremaining connection slots are reserved for\b|\bno more connections allowed\b|\bworker_connections are not enough\b/i,
    errno: null,
    kind: 'resource-limit',
    phase: 'connect',
    generic: true,
    note: 'The server (or proxy) reached its own limit on connections (in all, or for this account) and turned this one away; the TCP connection itself worked. Look for clients that leak or hold connections (pools too large, no pooling), then raise the limit (maxclients, max_connections, max_client_conn, worker_connections with the descriptor limit) if the load is real.',
  },
  {
    id: 'socket-buffer-capped',
    keywords: ['failed to sufficiently increase receive buffer', 'failed to sufficiently increase send buffer', 'failed to set receive buffer:', 'failed to set send buffer:'],
    // A program asked the kernel for a larger socket buffer (SO_RCVBUF, SO_SNDBUF) and got less, the kernel capping it at
    // net.core.rmem_max or wmem_max: quic-go's `failed to sufficiently increase receive buffer size (was: 208 kiB,
    // wanted: 7168 kiB, got: 416 kiB)` (Caddy, IPFS, libp2p, AdGuard Home, cloudflared), Transmission's `Failed to set
    // receive buffer: requested 4194304, got 425984`. No call failed: the buffer is smaller than the program wants, so
    // bursts of UDP can be dropped.
    regex: /\bfailed to sufficiently increase (?:receive|send) buffer size\b|\bFailed to set (?:receive|send) buffer: requested \d{1,12}, got \d{1,12}\b/i,
    errno: null,
    kind: 'resource-limit',
    phase: 'unknown',
    generic: true,
    note: "The kernel gave the socket a smaller buffer than the program asked for, capped by net.core.rmem_max (receive) or net.core.wmem_max (send); under load the kernel then drops datagrams that do not fit. Raise the cap (sysctl -w net.core.rmem_max=7500000, and wmem_max) if the program's traffic needs it; otherwise it is a warning.",
  },
  {
    id: 'ephemeral-ports-exhausted',
    keywords: [
      'port exhaustion', 'ports exhausted', 'ports are exhausted', 'ports were exhausted', 'ports got exhausted', 'ports being exhausted',
      'ports being in use', 'local endpoint was recently used',
    ],
    // The host out of ephemeral ports for outgoing connections, in the words of Windows' Tcpip events (4231 `A request to
    // allocate an ephemeral port number from the global TCP port space has failed due to all such ports being in use`,
    // 4227 `TCP/IP failed to establish an outgoing connection because the selected local endpoint was recently used to
    // connect to the same remote endpoint`: a port in TIME_WAIT reused too soon) and of people naming it (`ephemeral port
    // exhaustion`, `TCP ephemeral ports exhausted`, Azure's `SNAT port exhaustion`).
    regex: /\b(?:ephemeral|TCP|SNAT|source|local|outbound) port exhaustion\b|\b(?:ephemeral|TCP|SNAT|source|local|outbound) ports (?:are |were |got |being )?exhausted\b|\bdue to all such ports being in use\b|\bthe selected local endpoint was recently used to connect to the same remote endpoint\b/i,
    errno: null,
    kind: 'resource-limit',
    phase: 'connect',
    generic: true,
    note: "The host ran out of ephemeral (source) ports for outgoing connections, or had to reuse one still in TIME_WAIT: connections are opened and closed faster than ports come free. Reuse connections (keep-alive, a pool), widen the port range (`netsh int ipv4 set dynamicport tcp`, net.ipv4.ip_local_port_range), or spread across more source or destination addresses.",
  },
  {
    id: 'circuit-open',
    keywords: ['short-circuited and', 'circuit is now open', 'brokencircuitexception', 'callnotpermittedexception', "' is open and does not permit"],
    // A client-side circuit breaker refusing the call without trying the network, in each library's words: Hystrix's
    // `CreateUserCommand short-circuited and no fallback available` (and `Hystrix circuit short-circuited and is OPEN`),
    // Polly's BrokenCircuitException (`The circuit is now open and is not allowing calls.`), resilience4j's
    // CallNotPermittedException (`CircuitBreaker 'backendA' is OPEN and does not permit further calls`). The exception's
    // name only where it is thrown (its message follows, or .NET's `Exception of type '...' was thrown`): config dumps
    // (`ignoreExceptions[0]=...CallNotPermittedException`), metric labels and handler registrations name it too.
    regex: /\bshort-circuited and (?:is OPEN|no fallback available|fallback failed|failed retrieving fallback)\b|\bThe circuit is now open and is not allowing calls\b|\b(?:BrokenCircuit|CallNotPermitted)Exception(?::|' was thrown)|\bCircuitBreaker '[^'\n]{1,100}' is OPEN and does not permit\b/i,
    errno: null,
    kind: 'resource-limit',
    phase: 'connect',
    generic: true,
    note: "A circuit breaker in the client is open: after too many recent failures (timeouts, refused or reset connections, 5xx answers) it fails calls at once, without touching the network, until its wait ends. Look for the failures that opened it, earlier in the log; this line itself is not a socket error.",
  },
];
