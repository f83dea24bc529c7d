// PHP's stream layer (stream_socket_client, fsockopen, file_get_contents on https://): its TLS warnings.
import { definePatternTable } from '../pattern.js';

/** Patterns for PHP's stream TLS failures (Composer, WordPress, PHPMailer and anything on PHP streams). */
export const php = definePatternTable('php', [
  {
    id: 'stream-crypto',
    keywords: ['ssl operation failed with code', 'failed to enable crypto'],
    // `stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages: error:...` (OpenSSL's reason
    // often on the next line), then `Failed to enable crypto`.
    regex: /\bSSL operation failed with code \d{1,3}\b|\bFailed to enable crypto\b/,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: "PHP's stream could not set up TLS: the OpenSSL error after it (or on the next line) says why: certificate verify failed (a CA PHP's openssl.cafile does not hold), wrong version number (the port does not speak TLS), an alert from the server. An errno shown with it (`Connection reset by peer`) is the real cause.",
  },
]);
