// Dovecot's login processes: a client that connected and left before logging in.
import { definePatternTable } from '../pattern.js';

/** Patterns for Dovecot's imap-login, pop3-login and managesieve-login lines. */
export const dovecot = definePatternTable('dovecot', [
  {
    id: 'login-disconnected',
    keywords: ['disconnected (no auth attempts in', 'aborted login (no auth attempts in'],
    // `imap-login: Disconnected (no auth attempts in 0 secs)`: the client closed the connection before any login
    // attempt (a port probe, a health check, a client that rejected the TLS certificate). Dovecot's own idle timer says
    // `Disconnected: Inactivity (...)` instead, which this leaves alone. Where the line goes on to say the TLS handshake
    // failed (`TLS handshaking: SSL_accept() failed: ... no shared cipher`), that failure is what ended it, and the TLS
    // rows read it.
    regex: /\b(?:Disconnected|Aborted login) \(no auth attempts in \d{1,6} secs?\)(?![^\n]{0,400}?TLS handshaking: SSL_accept\(\) failed)/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'A mail client (or a probe, a load balancer\'s health check) connected and closed the connection before trying to log in; after 0 seconds with TLS, often because it did not accept the server\'s certificate. Harmless alone; a working client failing this way points at TLS or the port.',
  },
  {
    id: 'tls-handshake-failed',
    keywords: ['tls handshaking: ssl_accept() failed'],
    // The login process's verdict on a TLS handshake that did not complete, whatever OpenSSL said after it (`no shared
    // cipher`, `wrong version number`, `version too low`, an alert from the client, or `Unknown error`).
    regex: /\bTLS handshaking: SSL_accept\(\) failed\b/,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: "Dovecot's TLS handshake with a mail client failed: no cipher or protocol version in common (an old client, or ssl_min_protocol too high), a client that rejected the certificate (an `alert unknown ca`), or plain text on the TLS port. OpenSSL's reason follows in the line.",
  },
]);
