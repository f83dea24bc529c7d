// Zig: std's error names for failed socket calls, lookups and TLS, as `error.ConnectionResetByPeer` or printed by @errorName.
import { definePatternTable } from '../pattern.js';

/** Patterns for the error set names of Zig's std.posix and std.net. */
export const zig = definePatternTable('zig', [
  {
    id: 'error-name',
    keywords: ['connectionresetbypeer', 'connectiontimedout', 'error.connectionrefused', 'error.brokenpipe'],
    // std.posix maps the kernel errno one to one: CONNRESET to ConnectionResetByPeer, TIMEDOUT to ConnectionTimedOut
    // (names only Zig uses, so they count bare, as `@errorName` prints them), CONNREFUSED to ConnectionRefused and PIPE
    // to BrokenPipe (common words, so only as `error.Name`). NetworkUnreachable stands for two errnos and is left out.
    regex: /\b(?:error\.)?(?<name>ConnectionResetByPeer|ConnectionTimedOut|(?<=error\.)(?:ConnectionRefused|BrokenPipe))\b/,
    errno: 'from-name',
    phase: 'unknown',
    note: "Zig's std error for a failed socket call, one to one with the kernel's errno (ConnectionResetByPeer is ECONNRESET: an RST from the peer).",
  },
  {
    id: 'lookup-error-name',
    keywords: ['unknownhostname', 'nameserverfailure'],
    // std.net's lookup errors, names only Zig uses: UnknownHostName (no address for the name), TemporaryNameServerFailure
    // (the DNS server's SERVFAIL, or no answer) and NameServerFailure.
    regex: /\b(?:error\.)?(?:UnknownHostName|(?:Temporary)?NameServerFailure)\b/,
    errno: null,
    kind: 'resolution',
    origin: { source: 'resolver' },
    phase: 'dns',
    note: "Zig's std.net could not resolve the host name: UnknownHostName, the name has no address (a typo, or a name only another resolver knows, such as a `.localhost` subdomain); TemporaryNameServerFailure, the DNS server failed or did not answer.",
  },
  {
    id: 'tls-error-name',
    keywords: ['tlsinitializationfailed', 'tlsrecordoverflow'],
    // std.http.Client folds every failure of std.crypto.tls.Client.init into TlsInitializationFailed (`error: unable to
    // connect to server: TlsInitializationFailed`, `FAIL (TlsInitializationFailed)`); called directly, the TLS client
    // names its own (TlsRecordOverflow: the answer was not TLS). Its other names, seen in no user's line yet, are left out.
    regex: /\b(?:error\.)?(?:TlsInitializationFailed|TlsRecordOverflow)\b/,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: "Zig's std TLS client gave up the handshake: a server that only speaks TLS 1.2 (older std supports TLS 1.3 only), a certificate chain it cannot verify (a CA missing from the system bundle, a proxy that intercepts TLS), or an alert or record it does not handle. The TCP connection worked; try the URL with curl to see which.",
  },
]);
