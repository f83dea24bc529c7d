// Cloudflare's origin timers: 522 (connection timed out) and 524 (a timeout occurred), as pages, status lines and prose name them.
import { definePatternTable } from '../pattern.js';

/** Patterns for Cloudflare's own 52x answers about the origin. */
export const cloudflare = definePatternTable('cloudflare', [
  {
    id: 'origin-timeout',
    keywords: [
      'cloudflare',
      ...['error', 'error code', 'http', 'status'].flatMap((word) => [' ', ':', '  ', ' :', ': ', '::'].map((sep) => `${word}${sep}52`)),
      ...['522', '524'].flatMap((code) => [`${code}: a timeout occurred`, `${code}: connection timed out`]),
    ],
    // 522 and 524 are Cloudflare's own codes, so an HTTP status, an error code or prose naming Cloudflare identifies them.
    regex: /\bcloudflare\b[^\n]{0,80}?\b52[24]\b|\b52[24]\b[^\n]{0,80}?\bcloudflare\b|\b(?:error(?: code)?|HTTP|status)[: ]{1,2}52[24]\b|\b52[24]: (?:A timeout occurred|Connection timed out)\b/i,
    errno: null,
    kind: 'timer',
    origin: { source: 'proxy' },
    phase: 'read',
    note: "Cloudflare's timer toward the origin expired: 522 when the TCP connection to the origin did not complete in 15 s, 524 when the origin accepted the request but sent no response within 100 s. Look at the origin's load and slow requests; the client's side is fine.",
  },
]);
