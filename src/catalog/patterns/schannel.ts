// Windows SChannel (the TLS stack behind curl and git for Windows, .NET and PowerShell): its SSPI calls and codes.
import { definePatternTable } from '../pattern.js';

/** Patterns for SChannel's handshake failures, as curl's schannel backend and SSPI print them. */
export const schannel = definePatternTable('schannel', [
  {
    id: 'handshake-failed',
    keywords: [
      'initializesecuritycontext failed', 'schannel: sni or certificate check failed', 'schannel: failed to receive handshake',
      'schannel: acquirecredentialshandle failed', 'schannel: untrusted root', 'schannel: sec_e_',
    ],
    // curl's schannel backend names the SSPI call that failed (`schannel: next InitializeSecurityContext failed: ...`) or
    // the SSPI code alone (`schannel: SEC_E_UNTRUSTED_ROOT (0x80090325) - ...`); git for Windows and R's curl print the
    // same, sometimes without the `schannel:` prefix.
    regex: /\b(?:next |initial )?InitializeSecurityContext failed\b|\bschannel: (?:SNI or certificate check failed|failed to receive handshake|AcquireCredentialsHandle failed|untrusted root|SEC_E_[A-Z_]{3,40})/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: 'The Windows TLS stack (SChannel) failed the handshake; the code after it says why: SEC_E_UNTRUSTED_ROOT (0x80090325) an unknown CA, CRYPT_E_NO_REVOCATION_CHECK or CRYPT_E_REVOCATION_OFFLINE (0x80092012/13) a revocation check that could not reach its server (often a proxy; curl --ssl-no-revoke), SEC_E_ILLEGAL_MESSAGE or SEC_E_INVALID_TOKEN a peer that does not speak TLS as expected. A socket error printed with it is the real cause.',
  },
  {
    id: 'sspi-code',
    keywords: [
      'sec_e_untrusted_root', 'sec_e_cert_unknown', 'sec_e_cert_expired', 'sec_e_illegal_message', 'sec_e_algorithm_mismatch',
      'crypt_e_no_revocation_check', 'crypt_e_revocation_offline',
    ],
    // The SSPI and CryptoAPI codes that only a TLS handshake or certificate check returns; not SEC_E_INVALID_TOKEN,
    // SEC_E_MESSAGE_ALTERED or SEC_E_LOGON_DENIED, which Kerberos and NTLM return too (the row above reads them after
    // `schannel:`).
    regex: /\bSEC_E_(?:UNTRUSTED_ROOT|CERT_UNKNOWN|CERT_EXPIRED|ILLEGAL_MESSAGE|ALGORITHM_MISMATCH)\b|\bCRYPT_E_(?:NO_REVOCATION_CHECK|REVOCATION_OFFLINE)\b/,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: 'An SSPI or CryptoAPI code from the Windows TLS stack: the certificate is not trusted (UNTRUSTED_ROOT, CERT_UNKNOWN, CERT_EXPIRED), its revocation could not be checked (CRYPT_E_*), or the handshake broke (ILLEGAL_MESSAGE, ALGORITHM_MISMATCH). The TCP connection worked.',
  },
]);
