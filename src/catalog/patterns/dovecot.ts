// Dovecot's login processes: a client that connected and left before logging in.
import { definePatternTable } from '../pattern.js';

/** Patterns for Dovecot's imap-login, pop3-login and managesieve-login lines. */
export const dovecot = definePatternTable('dovecot', [
  {
    id: 'login-disconnected',
    keywords: ['disconnected (no auth attempts in', 'aborted login (no auth attempts in'],
    // `imap-login: Disconnected (no auth attempts in 0 secs)`: the client closed the connection before any login
    // attempt (a port probe, a health check, a client that rejected the TLS certificate). Dovecot's own idle timer says
    // `Disconnected: Inactivity (...)` instead, which this leaves alone.
    regex: /\b(?:Disconnected|Aborted login) \(no auth attempts in \d{1,6} secs?\)/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'A mail client (or a probe, a load balancer\'s health check) connected and closed the connection before trying to log in; after 0 seconds with TLS, often because it did not accept the server\'s certificate. Harmless alone; a working client failing this way points at TLS or the port.',
  },
]);
