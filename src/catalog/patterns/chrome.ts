// Chromium's network errors as pages, DevTools and Puppeteer/Lighthouse show them: `net::ERR_CONNECTION_RESET`.
import { definePatternTable } from '../pattern.js';

/** Patterns for Chromium's net::ERR_* codes. */
export const chrome = definePatternTable('chrome', [
  {
    id: 'socket-errno',
    keywords: ['err_connection_', 'err_address_', 'err_network_access_denied', 'err_name_'],
    regex: /\b(?:net::)?(?<name>ERR_(?:CONNECTION_(?:RESET|REFUSED|ABORTED|TIMED_OUT)|ADDRESS_(?:UNREACHABLE|IN_USE)|NETWORK_ACCESS_DENIED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED))\b/,
    errno: 'from-name',
    phase: 'connect',
    note: "Chromium maps the failed socket call's errno to a net error named after it (ECONNRESET is ERR_CONNECTION_RESET, ECONNREFUSED ERR_CONNECTION_REFUSED); ERR_NAME_NOT_RESOLVED is a failed lookup.",
  },
  {
    id: 'closed',
    keywords: ['err_empty_response', 'err_connection_closed'],
    regex: /\b(?:net::)?ERR_(?:EMPTY_RESPONSE|CONNECTION_CLOSED)\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'The server closed the connection without sending any data (ERR_EMPTY_RESPONSE) or mid-response (ERR_CONNECTION_CLOSED).',
  },
  {
    id: 'timed-out',
    keywords: ['err_timed_out'],
    regex: /\b(?:net::)?ERR_TIMED_OUT\b/,
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "Chromium's own timer gave up waiting for the server (ERR_TIMED_OUT), unlike ERR_CONNECTION_TIMED_OUT, the connect's ETIMEDOUT.",
  },
  {
    id: 'tls',
    keywords: ['err_ssl_', 'err_cert_'],
    regex: /\b(?:net::)?ERR_(?:SSL|CERT)_[A-Z_]{2,40}\b/,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: 'The TLS handshake failed or the certificate was rejected (ERR_SSL_*, ERR_CERT_*): no socket errno.',
  },
]);
