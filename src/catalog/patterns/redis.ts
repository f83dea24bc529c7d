// Redis client errors: node-redis `Redis connection to ... failed`, redis-py `Error 111 connecting to`, ioredis closes.
import { definePatternTable } from '../pattern.js';

/** Patterns for the common Redis clients (node-redis, ioredis, redis-py). */
export const redis = definePatternTable('redis', [
  {
    id: 'node-redis-connection-failed',
    keywords: ['redis connection to'],
    regex: /\bRedis connection to (?<peer>[\w.:[\]%-]{1,255}) failed - (?<call>connect|read|write|getaddrinfo) (?<name>E[A-Z_]{2,20})\b/,
    errno: 'from-name',
    phase: 'from-call',
    note: 'node-redis (v3) wraps the Node system error with the server address.',
  },
  {
    id: 'py-connecting',
    // The errno's last digit and the words after it: `connecting to` alone is in every healthy client's debug log.
    keywords: [
      '0 connecting to', '1 connecting to', '2 connecting to', '3 connecting to', '4 connecting to', '5 connecting to', '6 connecting to',
      '7 connecting to', '8 connecting to', '9 connecting to',
    ],
    regex: /\bError (?<number>-?\d{1,5}) connecting to (?<peer>[\w.:[\]%-]{1,255}?)\.(?:\s|$)/,
    errno: 'from-number',
    phase: 'connect',
    note: "redis-py's ConnectionError: connect() failed with this errno (111 refused, 110 timed out, -2/-3 DNS).",
  },
  {
    id: 'py-writing',
    keywords: ['while writing to socket'],
    regex: /\bError (?<number>\d{1,5}) while writing to socket\b/,
    errno: 'from-number',
    phase: 'write',
    note: "redis-py's ConnectionError: send() failed with this errno (32 broken pipe, 104 reset).",
  },
  {
    id: 'py-reading',
    keywords: ['while reading from socket'],
    regex: /\bError while reading from socket: \((?<number>\d{1,5}),/,
    errno: 'from-number',
    phase: 'read',
    note: "redis-py's ConnectionError: recv() failed with this errno.",
  },
  {
    id: 'py-closed-by-server',
    keywords: ['connection closed by server'],
    regex: /\bConnection closed by server\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'redis-py read end-of-file: the server closed the connection (timeout config, client-kill, restart, maxclients).',
  },
  {
    id: 'ioredis-connection-closed',
    keywords: ['connection is closed'],
    regex: /\bConnection is closed\./,
    errno: null,
    kind: 'peer-closed',
    phase: 'close',
    note: 'ioredis rejected a command because its connection had ended (server closed it, or the client gave up reconnecting or was quit). Earlier errors show why.',
  },
  {
    id: 'se-redis-socket-closed',
    keywords: ['socketclosed on ', 'redisconnectionexception: socketclosed'],
    // StackExchange.Redis (.NET) names the failure type first: `SocketClosed on redis:6379/Interactive, Idle, last: GET,
    // origin: ReadFromPipe, ...` (a read returned end of stream), `RedisConnectionException: SocketClosed`.
    regex: /\bSocketClosed on [^\s\/]{1,255}\/(?:Interactive|Subscription)\b|\bRedisConnectionException: SocketClosed\b/,
    errno: null,
    kind: 'peer-closed',
    origin: { by: 'StackExchange.Redis' },
    phase: 'read',
    note: "StackExchange.Redis read end of stream: the server or something in between closed the connection (the server's timeout for idle clients, a failover or patching of a managed cache such as Azure Cache for Redis, a load balancer's idle timeout). `last-read: 60s ago` in the message hints at an idle timeout. The multiplexer reconnects by itself.",
  },
]);
