// SMTP replies that quote the kernel's words: a remote mail server's answer, not an errno of the host that logged it.
import { definePatternTable } from '../pattern.js';

// RFC 3463's enhanced status code (class.subject.detail) of a failure: 4.x.x or 5.x.x, standing alone (a version such as
// `v5.4.1` or `1.4.5.4.1` is not one).
const ENHANCED_CODE = String.raw`(?<![\w.])[45]\.[0-7]\.\d{1,3}`;

/** Patterns for SMTP servers' replies, whichever client (MailKit, nodemailer, an MTA's bounce) passes them on. */
export const smtp = definePatternTable('smtp', [
  {
    id: 'session-timer-reply',
    keywords: ['connection timed out', 'operation timed out'],
    // 421 is "service closing transmission channel": the server ends this session, here on its own timer (Exchange's
    // `421 4.4.1 Connection timed out. Total session duration: ...`, a relay's `421 4.4.2 Connection timed out`). Its
    // words are ETIMEDOUT's, but it is the server's timer, and the reply came over a working connection.
    regex: new RegExp(String.raw`\b421[ -]${ENHANCED_CODE} (?:Connection|Operation) timed out\b`),
    supersedes: ['libc.strerror'],
    errno: null,
    kind: 'timer',
    origin: { by: 'the SMTP server' },
    phase: 'read',
    note: "The mail server closed the session (421) because its own timer expired: the client was too slow to send, or the whole session took longer than the server allows. The connection worked; look at what made the session slow (a large message over a slow link, a client waiting on something else).",
  },
  {
    id: 'relayed-errno-reply',
    keywords: ['connection timed out', 'operation timed out', 'connection refused', 'connection reset', 'network is unreachable', 'no route to host'],
    // Any other failure reply whose text is a strerror (MailKit's `SmtpCommandException: 4.4.1 Connection timed out`, a
    // bounce's `550 5.4.1 Connection refused`): the server reports its own onward connection to the next hop failing.
    // This host's socket to the server worked; its errno is not in the line.
    regex: new RegExp(String.raw`(?<!\b421[ -])${ENHANCED_CODE} (?:Connection timed out|Operation timed out|Connection refused|Connection reset(?: by peer)?|Network is unreachable|No route to host)\b`),
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: "A mail server's failure reply (an enhanced status code) in the kernel's words: the server's own onward connection failed, and it said so over a connection that worked; not an errno of this host.",
  },
]);
