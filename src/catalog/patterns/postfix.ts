// Postfix's SMTP and LMTP clients: a connect its own timer (smtp_connect_timeout) gave up on, printed in the kernel's words.
import { definePatternTable } from '../pattern.js';

/** Patterns for Postfix's delivery agents (smtp, lmtp) and the deferral reasons they leave in the mail log. */
export const postfix = definePatternTable('postfix', [
  {
    id: 'connect-timer',
    keywords: ['connection timed out', 'operation timed out'],
    // Postfix names the peer `host[address]:port` (`connect to mx.example.com[192.0.2.7]:25: Connection timed out`), in
    // the agent's own line and again in `status=deferred (...)` and `delivery temporarily suspended: ...`. Its smtp client
    // stops waiting after smtp_connect_timeout (30 s by default), long before the kernel's SYN retries (about 127 s) end,
    // and then prints ETIMEDOUT's text (glibc `Connection timed out`, musl `Operation timed out`). Other errnos in that
    // place (`Network is unreachable`, `Connection refused`) are the kernel's and stay with the strerror row.
    regex: /\bconnect to (?<host>[\w.-]{1,253})\[[\w.:]{1,64}\]:(?<port>\d{1,5}): (?:Connection|Operation) timed out\b/,
    supersedes: ['libc.strerror'],
    errno: null,
    kind: 'timer',
    origin: { by: 'postfix smtp_connect_timeout' },
    phase: 'connect',
    note: "Postfix's own connect timer (smtp_connect_timeout, 30 s by default) expired before the mail server answered the SYN; it prints ETIMEDOUT's text, but the kernel was still retrying. Port 25 filtered by the provider (common on cloud hosts and home lines), the server down, or a firewall dropping the SYNs; `delays=a/b/30/d` in the same log shows the 30 s.",
  },
]);
