// Rust: std::io::Error renderings (`Os { code: 104, kind: ConnectionReset, .. }`, `(os error 111)`) and hyper's errors.
import { definePatternTable } from '../pattern.js';

/** Patterns for Rust's io::Error Debug and Display output, io::ErrorKind names and hyper's client errors. */
export const rust = definePatternTable('rust', [
  {
    id: 'os-error-debug',
    keywords: ['os { code:'],
    regex: /\bOs \{ code: (?<number>\d{1,5})(?:, kind: \w{1,40})?(?:, message: \\?"(?<message>[^"]{0,120}?)\\?")? \}/,
    errno: 'from-number',
    anyErrno: true,
    phase: 'unknown',
    note: "io::Error's Debug form: the raw OS error number, Rust's ErrorKind and the strerror text.",
  },
  {
    id: 'os-error-display',
    keywords: ['(os error'],
    regex: /\(os error (?<number>\d{1,5})\)/,
    errno: 'from-number',
    anyErrno: true,
    phase: 'unknown',
    note: "io::Error's Display form: the strerror text followed by the raw OS error number.",
  },
  {
    id: 'error-kind',
    keywords: ['kind: ', 'kind('],
    // io::ErrorKind in Debug output (`kind: ConnectionRefused`, hyper's `Kind(BrokenPipe)`); TimedOut is left out
    // because Rust's own timers (tokio, reqwest) report it too.
    regex: /\b[Kk]ind(?:: |\()(?<name>ConnectionRefused|ConnectionReset|ConnectionAborted|NotConnected|AddrInUse|AddrNotAvailable|BrokenPipe|HostUnreachable|NetworkUnreachable|NetworkDown)\b/,
    errno: 'from-name',
    phase: 'unknown',
    note: "Rust's io::ErrorKind, which std maps one to one from the kernel errno (ConnectionRefused is ECONNREFUSED).",
  },
  {
    id: 'error-kind-bare',
    keywords: ['connectionreset', 'connectionrefused', 'connectionaborted'],
    // The three connection kinds standing alone (`Summary: ConnectionReset`), as Rust's ErrorKind and .NET's SocketError
    // print them; not inside a longer name (Python's ConnectionResetError, isConnectionReset).
    regex: /\b(?<name>ConnectionReset|ConnectionRefused|ConnectionAborted)\b/,
    errno: 'from-name',
    phase: 'unknown',
    generic: true,
    note: "Rust's io::ErrorKind (or .NET's SocketError) name for the kernel errno, one to one: ConnectionReset is ECONNRESET, an RST from the peer.",
  },
  {
    id: 'webpki-verdict',
    keywords: ['webpkierror(', 'invalidcertificate(', 'invalid certificate: '],
    // webpki's verdict on the peer's certificate as rustls wraps it (`WebPKIError(UnknownIssuer)` before rustls 0.20,
    // `InvalidCertificate(UnknownIssuer)` since), in Debug output inside an io::Error or reqwest's Display form.
    regex: /\b(?:WebPKIError|InvalidCertificate)\((?:UnknownIssuer|CertExpired|CertNotValidYet|CertNotValidForName|NotValidForName|Expired|NotValidYet|BadSignature|CertRevoked|Revoked|UnsupportedSignatureAlgorithm|BadEncoding|InvalidPurpose)\b|\binvalid certificate: (?:UnknownIssuer|CertExpired|CertNotValidYet|CertNotValidForName|NotValidForName|Expired|NotValidYet|BadSignature|Revoked)\b/,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: "rustls (through webpki) rejected the peer's certificate: UnknownIssuer means no chain to a trusted root (a private CA missing from the root store, or the server not sending its intermediates); the others name an expired, misnamed or badly signed certificate. The TCP connection worked.",
  },
  {
    id: 'hyper-incomplete',
    keywords: ['incomplete', 'connection closed before message completed'],
    regex: /\bIncompleteMessage\b|\bkind: Incomplete\b|\bconnection closed before message completed\b|\bmessage from remote is incomplete\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "hyper's IncompleteMessage: the connection closed (the server's FIN) before a whole HTTP message arrived, typically a pooled connection the server had already closed.",
  },
]);
