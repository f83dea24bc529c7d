// NATS clients and server: `nats: stale connection` (the ping timer), `nats: timeout`.
import { definePatternTable } from '../pattern.js';

/** Patterns for NATS clients (nats.go, nats.js, nats.py) and nats-server. */
export const nats = definePatternTable('nats', [
  {
    id: 'stale-connection',
    keywords: ['stale connection', 'stale client connection', 'staleconnection'],
    regex: /\bnats: stale connection\b|\bStale (?:Client )?Connection\b|\b(?:Err)?StaleConnection(?:Error)?\b/,
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "NATS' ping timer: the other end did not answer MaxPingsOut pings (2 by default, 2 min apart) and the connection was declared stale. The path or the peer went silent; a client reconnects by itself.",
  },
  {
    id: 'timeout',
    keywords: ['nats: timeout'],
    regex: /\bnats: timeout\b/,
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: 'A NATS request or flush got no reply within its timeout: no responder answered in time, or the connection is slow. The kernel reported nothing.',
  },
]);
