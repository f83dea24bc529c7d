// MongoDB drivers: their own timers (connectTimeoutMS, serverSelectionTimeoutMS) and PyMongo's AutoReconnect on a close.
import { definePatternTable } from '../pattern.js';

/** Patterns for the MongoDB drivers' connection errors. */
export const mongodb = definePatternTable('mongodb', [
  {
    id: 'connection-timed-out',
    keywords: ['mongo'],
    regex: /\bMongo\w{0,30}Error: connection(?: \d{1,9} to [\w.:[\]%-]{1,255})? timed out\b/,
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "The driver's connectTimeoutMS (or socketTimeoutMS) fired, worded like the kernel's ETIMEDOUT but measured by the driver.",
  },
  {
    id: 'server-selection',
    keywords: ['selecting a server', 'server selection timed out'],
    regex: /\b(?:A timeout occurr?ed after \d{1,9} ?ms selecting a server|Server selection timed out after \d{1,9} ms)/,
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "serverSelectionTimeoutMS (30 s by default) passed without a usable server: every connect failed or timed out; earlier lines or the error's reason show why.",
  },
  {
    id: 'auto-reconnect-closed',
    keywords: ['autoreconnect'],
    // PyMongo's AutoReconnect wrapping a socket that read end-of-stream (`AutoReconnect: connection closed`).
    regex: /\bAutoReconnect\b[^\n]{0,80}?\bconnection closed\b/,
    errno: null,
    kind: 'peer-closed',
    origin: { by: 'pymongo' },
    phase: 'read',
    note: "PyMongo's AutoReconnect: the server (a stepped-down primary, a restart) or a proxy closed the pooled connection; the driver reconnects on the next operation.",
  },
]);
