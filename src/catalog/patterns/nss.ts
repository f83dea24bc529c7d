// NSPR/NSS error codes as Firefox, curl and git built with NSS, and other NSS clients print them: `PR_CONNECT_RESET_ERROR`, `NSS error -5961`.
import { definePatternTable } from '../pattern.js';

// NSPR turns the kernel's errno into its own code (prerr.h), shown by name, by number, or both
// (`NSS error -5961 (PR_CONNECT_RESET_ERROR)`); errno-aliases.ts maps both to the catalog.

/** Patterns for NSPR's error codes (Firefox, NSS builds of curl and git, Thunderbird, Red Hat's tools). */
export const nss = definePatternTable('nss', [
  {
    id: 'socket-errno',
    keywords: ['pr_connect_', 'pr_network_', 'pr_host_unreachable', 'pr_address_in_use'],
    regex: /\b(?<name>PR_(?:CONNECT_(?:RESET|REFUSED|ABORTED)|NETWORK_(?:UNREACHABLE|DOWN)|HOST_UNREACHABLE|ADDRESS_IN_USE)_ERROR)\b/,
    errno: 'from-name',
    phase: 'unknown',
    note: "NSPR's code for a failed socket call, one to one with the kernel's errno (PR_CONNECT_RESET_ERROR is ECONNRESET: an RST from the peer or a middlebox).",
  },
  {
    id: 'socket-errno-number',
    keywords: ['error -59', 'error: -59', 'error code -59', 'error code: -59'],
    regex: /\berror(?: code)?:? (?<name>-59(?:27|28|30|61|80|81|82))\b/i,
    errno: 'from-name',
    phase: 'unknown',
    note: "NSPR's number for a failed socket call (-5961 PR_CONNECT_RESET_ERROR, -5981 PR_CONNECT_REFUSED_ERROR, -5980 PR_NETWORK_UNREACHABLE_ERROR, -5927 PR_HOST_UNREACHABLE_ERROR), one to one with the kernel's errno.",
  },
  {
    id: 'end-of-file',
    keywords: ['pr_end_of_file_error', '-5938', 'encountered end of file'],
    regex: /\bPR_END_OF_FILE_ERROR\b|\berror(?: code)?:? -5938\b|\bEncountered end of file\b/i,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'NSS read end-of-file: the server (or a proxy) closed the connection, often in the middle of the TLS handshake (a server refusing the protocol version or the SNI, or a proxy cutting TLS). No errno and no TLS alert.',
  },
  {
    id: 'timeout',
    keywords: ['pr_io_timeout_error', 'pr_connect_timeout_error', '-5990', '-5979'],
    regex: /\bPR_(?:IO|CONNECT)_TIMEOUT_ERROR\b|\berror(?: code)?:? -59(?:90|79)\b/i,
    errno: null,
    kind: 'timer',
    phase: 'unknown',
    note: "NSPR's timeout (PR_IO_TIMEOUT_ERROR, PR_CONNECT_TIMEOUT_ERROR): the timeout the program gave the call expired; NSPR also maps a kernel ETIMEDOUT to it, so a connect that never got an answer looks the same.",
  },
  {
    id: 'tls-code',
    keywords: ['ssl_error_', 'sec_error_', 'mozilla_pkix_error_', 'nss error -12', 'nss error -81'],
    // NSS's TLS and certificate codes as Firefox's error page and NSS builds of curl print them (`Error code:
    // SSL_ERROR_BAD_CERT_DOMAIN`, `SEC_ERROR_UNKNOWN_ISSUER`, `NSS error -12190`); not OpenSSL's SSL_ERROR_SYSCALL and its
    // kin, which say how a call ended, and not SEC_ERROR codes about NSS's own databases. A markdown `_` may follow.
    regex: /\bSSL_ERROR_(?!SYSCALL|SSL\b|ZERO_RETURN|WANT_|NONE\b)[A-Z_]{3,40}|\bSEC_ERROR_(?:UNKNOWN_ISSUER|EXPIRED_CERTIFICATE|EXPIRED_ISSUER_CERTIFICATE|UNTRUSTED_ISSUER|UNTRUSTED_CERT|CERT_NOT_VALID|REVOKED_CERTIFICATE|INADEQUATE_KEY_USAGE|BAD_SIGNATURE|CA_CERT_INVALID|OCSP_[A-Z_]{3,30}|CERT_SIGNATURE_ALGORITHM_DISABLED)|\bMOZILLA_PKIX_ERROR_[A-Z_]{3,50}|\bNSS error -(?:12\d{3}|81\d{2})\b/,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: "NSS refused the TLS handshake or the certificate: SSL_ERROR_BAD_CERT_DOMAIN a certificate for other names, SEC_ERROR_UNKNOWN_ISSUER or MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT an issuer it does not trust, SEC_ERROR_EXPIRED_CERTIFICATE an expired one, SSL_ERROR_NO_CYPHER_OVERLAP or SSL_ERROR_UNSUPPORTED_VERSION no common cipher or version. The TCP connection worked.",
  },
]);
