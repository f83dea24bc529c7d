// Generic rows for TLS failures: the handshake, the certificate's name and validity, fatal alerts, no common version.
import type { PatternRow } from '../../pattern.js';

/** TLS failing in any stack's words; the TCP connection itself worked. */
export const tls: readonly PatternRow[] = [
  {
    id: 'tls',
    // The words each shape needs, not `tls` or `certificate` alone: healthy lines say those all the time (`renewed tls
    // certificate`), and each such line would be tried.
    keywords: [
      'tls handshake', 'ssl handshake', 'handshake_failure', 'certificate verify failed', 'certificate_verify_failed', 'x509: ', 'unable to get ',
      'unable to verify ', 'self-signed certificate', 'self signed certificate', 'pkix path', 'certificate has expired', 'wrong version number',
      'ssl routines', 'sslv', 'tlsv', 'err_tls_cert', 'ssl certificate problem', 'unable_to_verify', 'unable_to_get_issuer', 'self_signed_cert',
      'depth_zero_self_signed', 'cert_has_expired', 'cert_not_yet_valid', '[ssl: ', 'remote certificate ', 'ssl_error_ssl', 'ssl_error_syscall',
      'ssl/tls secure channel', 'remote error: tls: ', 'tls: first record', 'the ssl connection could not be established',
      'remote party has closed the transport stream', 'unable to establish ssl connection', 'gnutls_handshake() failed', 'remotecertificate',
      'failure in ssl library', 'unrecognized ssl message', 'wrong_version_number', 'handshake error in client', 'handshake error in server',
    ],
    // OpenSSL's verify codes as Node and npm print them (`code UNABLE_TO_VERIFY_LEAF_SIGNATURE`), its alerts in any
    // spelling (`sslv3 alert handshake failure`, `SSLV3_ALERT_HANDSHAKE_FAILURE`), Python's `[SSL: NAME]` tags (but
    // UNEXPECTED_EOF_WHILE_READING is the peer closing), .NET's `The remote certificate is invalid ...` and `The SSL
    // connection could not be established`, Go's `remote error: tls: bad certificate` (the peer's alert), OpenSSL's
    // SSL_ERROR_SSL and a handshake's SSL_ERROR_SYSCALL, GnuTLS' `gnutls_handshake() failed`, wget's `Unable to establish
    // SSL connection`, Android's `SSL handshake aborted: ssl=0x...: Failure in SSL library, usually a protocol error` (its
    // other ending, `I/O error during system call, Connection reset by peer`, names the errno), and JSSE's `Unrecognized SSL
    // message, plaintext connection?` (the answer to its ClientHello was not TLS: a plain-HTTP port or proxy); BoringSSL's
    // and OpenSSL's WRONG_VERSION_NUMBER by its name (Dart prints it alone on a wrapped line, `\tWRONG_VERSION_NUMBER(tls_record.cc:
    // 231))`; not in a URL's path), and Dart's `HandshakeException: Handshake error in client (OS Error: ` whose reason is
    // on the next line.
    regex: /(?:\bFailure in SSL library, usually a protocol error\b|\bUnrecognized SSL message, plaintext connection\b|\b(?:tls|ssl) handshake (?:error|failed|failure)|handshake_failure|\bcertificate verify failed|certificate_verify_failed|\bx509: |\bunable to (?:get|verify) (?:the )?(?:local issuer |first )?certificate|\bself[- ]signed certificate|\bpkix path building failed|\bcertificate has expired|\bwrong version number|\bssl routines|\b(?:ssl|tls)v[\d._]{0,4}[ _]alert[ _][a-z]{2,20}|\berr_tls_cert\w{0,40}|\bssl certificate problem|\b(?:unable_to_(?:verify_leaf_signature|get_issuer_cert(?:_locally)?)|self_signed_cert_in_chain|depth_zero_self_signed_cert|cert_has_expired|cert_not_yet_valid)\b|\[SSL: (?!UNEXPECTED_EOF)[A-Z\d_]{3,60}\]|\bremote certificate (?:is invalid|was rejected)|\bSSL_ERROR_SSL\b|\bSSL_connect: SSL_ERROR_SYSCALL\b|\bcould not (?:create|establish) (?:trust relationship for the )?SSL\/TLS secure channel\b|\bremote error: tls: [a-z ]{3,40}|\btls: first record does not look like a TLS handshake\b|\bpkix path validation failed|\bThe SSL connection could not be established\b|\bAuthentication failed because the remote party has closed the transport stream\b|\bunable to establish SSL connection\b|\bgnutls_handshake\(\) failed\b|\bremotecertificate(?:namemismatch|chainerrors|notavailable)\b|(?<![\w/-])WRONG_VERSION_NUMBER(?![\w/-])|\bHandshakeException: Handshake error in (?:client|server)\b)/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: 'The TLS handshake failed: a certificate the client does not trust (expired, self-signed, unknown CA, wrong name), a protocol or cipher mismatch, or something in between that is not TLS. No socket errno: the TCP connection worked.',
  },
  {
    id: 'tls-name-mismatch',
    keywords: [
      'no subject alternative', "' doesn't match", "' does not match", "match certificate's altnames", 'certificate subject name',
      'certificate did not match', 'certificate does not match', "certificate doesn't match", 'not verified',
      'match any of the subject alternative', 'contain cn or dns subjectalt',
    ],
    // The certificate is valid but names another host, in each TLS stack's words: Java's `No subject alternative names
    // matching IP address ...`, Python's `hostname 'a' doesn't match 'b'`, Node's `Hostname/IP does not match
    // certificate's altnames`, curl's `no alternative certificate subject name matches target host name` and `certificate
    // subject name 'a' does not match target host name 'b'`, nginx's `upstream SSL certificate does not match "name"`;
    // OkHttp's `Hostname a not verified` (Android apps, React Native, Cordova), Apache HttpClient's `Certificate for <a>
    // doesn't match any of the subject alternative names` (or `doesn't contain CN or DNS subjectAlt`).
    regex: /\bno subject alternative (?:DNS |IP )?names? matching\b|\bHostname '?[^\s'\n]{1,255}'? {1,2}(?:was )?not verified\b|\bCertificate for <[^>\n]{1,255}> doesn't (?:match any of the subject alternative names|contain CN or DNS subjectAlt)|\bhostname '[^'\n]{1,255}' (?:doesn't|does not) match\b|\bHostname\/IP (?:doesn't|does not) match certificate's altnames\b|\bcertificate subject name (?:'[^'\n]{1,255}' )?(?:does not match|matches) target host ?name\b|\bcertificate (?:did not|does not|doesn't) match (?:the )?(?:expected |requested )?host ?name\b|\bcertificate does not match "[^"\n]{1,255}"/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: 'The server sent a certificate for other names than the one the client asked for (the host name or IP address in the URL): a wrong host or IP in the URL, a missing SNI name, a shared host serving its default certificate, or a proxy in between. The TCP connection worked.',
  },
  {
    id: 'tls-verify',
    keywords: [
      'unable to get issuer certificate', 'certificate is not yet valid', 'certificate signature failure', 'certificate revoked',
      'unsupported certificate purpose', 'invalid ca certificate', 'invalid peer certificate', 'certificateexpiredexception',
      'certificatenotyetvalidexception', 'certificaterevokedexception', 'certpathvalidatorexception', 'certificate verification failed',
      'certificate validation failed', 'sslpeerunverifiedexception', 'peer not authenticated', 'cert verify failed',
      'invalid certificate received from server', 'authentication or decryption has failed', 'by an authority that is not trusted',
      'the certificate of ', "'s certificate, issued by", "locally verify the issuer's authority",
    ],
    // A certificate check's verdict in each stack's words: OpenSSL's verify strings the general row does not name (`unable
    // to get issuer certificate`, `certificate is not yet valid`, ...), rustls' `invalid peer certificate: UnknownIssuer`,
    // Java's CertificateExpiredException and CertPathValidatorException (`validity check failed`), and the verdict alone
    // (OpenSMTPD's `Server certificate verification failed`, UnityTLS's `Cert verify failed`), and JSSE's
    // SSLPeerUnverifiedException (`peer not authenticated`, Android's `No peer certificate`; not in a URL's path): the session has no verified
    // peer because the handshake failed or the certificate was not trusted. Mono's TLS stack (Unity, older Mono apps):
    // `TlsException: Invalid certificate received from server`, wrapped as `The authentication or decryption has failed`.
    // SChannel's text for SEC_E_UNTRUSTED_ROOT, which SQL Server's clients print (`(provider: SSL Provider, error: 0 - The
    // certificate chain was issued by an authority that is not trusted.)`), `provided by` in some copies. wget's verdicts
    // (GnuTLS and OpenSSL builds): `ERROR: The certificate of 'host' is not trusted.` (curly quotes in newer releases),
    // `... doesn't have a known issuer.` (`hasn't got` in older releases), `... has expired.`, and `cannot verify host's
    // certificate, issued by ...: Unable to locally verify the issuer's authority.`
    regex: /\bThe certificate of [\u2018'`"]?[^\s'\u2019"]{1,255}[\u2019'"]? (?:is not trusted|(?:doesn't have|hasn't got) a known issuer|has expired|is not yet activated)\b|\bcannot verify [^\s']{1,255}'s certificate, issued by\b|\bUnable to locally verify the issuer's authority\b|\bcertificate chain was (?:issued|provided) by an authority that is not trusted\b|\bInvalid certificate received from server\b|\bThe authentication or decryption has failed\b|(?<!\/)\bSSLPeerUnverifiedException\b|\bpeer not authenticated\b|\bCert verify failed\b|\bunable to get issuer certificate\b|\bcertificate is not yet valid\b|\bcertificate signature failure\b|\bcertificate revoked\b|\bunsupported certificate purpose\b|\binvalid CA certificate\b|\binvalid peer certificate: ?\w{3,40}|\bCertificate(?:Expired|NotYetValid|Revoked)Exception\b|\bCertPathValidatorException\b|\bcertificate (?:verification|validation) failed\b/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: "The peer's certificate failed the check: not trusted (an issuer missing from the chain or the trust store), expired or not yet valid (or this host's clock is wrong), revoked, or not meant for this use. The TCP connection worked.",
  },
  {
    id: 'tls-alert',
    keywords: [
      'received fatal alert', 'fatal alert received', 'client alert: fatal', 'server alert: fatal', 'tls_alert', 'general sslengine problem',
      'level: fatal, description: ',
      'fatal error: handshake failure', 'fatal - handshake failure',
      'fatal error: unknown ca', 'fatal - unknown ca',
      'fatal error: bad certificate', 'fatal - bad certificate',
      'fatal error: certificate unknown', 'fatal - certificate unknown',
      'fatal error: certificate expired', 'fatal - certificate expired',
      'fatal error: certificate revoked', 'fatal - certificate revoked',
      'fatal error: unsupported certificate', 'fatal - unsupported certificate',
      'fatal error: protocol version', 'fatal - protocol version',
      'fatal error: insufficient security', 'fatal - insufficient security',
      'fatal error: decrypt error', 'fatal - decrypt error',
      'fatal error: bad record mac', 'fatal - bad record mac',
      'fatal error: illegal parameter', 'fatal - illegal parameter',
    ],
    // A fatal TLS alert, the one end telling the other why it gives up the handshake, in each stack's words: Java's
    // `Received fatal alert: protocol_version`, Android's `Fatal alert received protocol_version`, rustls' `received fatal
    // alert: UnknownCA`, Erlang's `{tls_alert, {unknown_ca, "... generated CLIENT ALERT: Fatal - Unknown CA"}}`; JSSE's
    // `General SSLEngine problem` wraps a handshake failure the same way. Wireshark's summary of the alert record (`Alert
    // (Level: Fatal, Description: Handshake Failure)`), as users paste it from a capture, and proxies' logs in that form.
    // Erlang's ssl before OTP 21 (`SSL: certify: ssl_alert.erl:88:Fatal error: certificate unknown`, always after the
    // module and line) and the alert's name after `Fatal -` without its sender, both by the alert names only and only
    // where the name ends the phrase: `Fatal error:` is PHP's and any program's (`PHP Fatal error: Protocol version
    // mismatch`, a server's `Fatal error: protocol version 2 is not supported`, `Fatal error: Decrypt error in vault file`).
    regex: /\bLevel: Fatal, Description: [A-Za-z_ ]{3,40}|\breceived fatal alert: ?\w{3,40}|\bfatal alert received:? ?\w{3,40}|\b(?:CLIENT|SERVER) ALERT: Fatal - [A-Za-z]{3,20}|\{:?tls_alert,|\bGeneral SSLEngine problem\b|(?:(?<=\.erl:\d{1,5}:)Fatal error:|\bFatal -) (?:handshake failure|unknown ca|bad certificate|certificate (?:unknown|expired|revoked)|unsupported certificate|protocol version|insufficient security|decrypt error|bad record mac|illegal parameter)\b(?! \w)/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: 'One end sent a fatal TLS alert and ended the handshake; the alert names why (unknown_ca or certificate_unknown: a certificate it does not trust; protocol_version or handshake_failure: no TLS version or cipher both accept). Whoever received the alert is not the one to blame. The TCP connection worked.',
  },
  {
    id: 'tls-negotiation',
    keywords: [
      'no appropriate protocol', 'no shared cipher', 'no common cipher', 'no cipher suite', 'server selected unsupported protocol version',
      'do not possess a common algorithm', 'is not accepted by client preferences', 'not enabled or supported in server context',
    ],
    // No TLS version or cipher suite both ends accept: Java's `No appropriate protocol (protocol is disabled or cipher suites
    // are inappropriate)` and `The server selected protocol version TLS10 is not accepted by client preferences`,
    // OpenSSL's `no shared cipher`, Go's `tls: no cipher suite supported by both client and server` and `tls: server
    // selected unsupported protocol version 301`, .NET's `... because they do not possess a common algorithm`.
    regex: /\bNo appropriate protocol \(protocol is disabled or cipher suites are inappropriate\)|\bno (?:shared|common) ciphers?\b|\bno cipher suites? (?:supported by both|in common)\b|\bserver selected unsupported protocol version\b|\bdo not possess a common algorithm\b|\bprotocol version \w{3,10} is not accepted by client preferences\b|\bprotocol \w{3,10} is not enabled or supported in server context\b/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: 'The two ends share no TLS version or cipher suite: one of them is old (TLS 1.0/1.1 only) or has them disabled by policy (a JDK java.security file, Windows registry, OpenSSL security level). Enable a common version on one side. The TCP connection worked.',
  },
  {
    id: 'tls-session-not-resumed',
    keywords: ['data connection not resumed', 'data connection was not resumed', 'session reuse required'],
    // An FTPS server that requires the data connection's TLS session to resume the control connection's (FileZilla
    // Server's `425 Unable to build data connection: TLS session of data connection not resumed.`, Bitvise's `TLS session
    // for the data connection was not resumed`, vsftpd's `522 SSL connection failed: session reuse required`), answering
    // a client that started a fresh session (ftp4j, Java's JSSE, Go's jlaffaye/ftp without a session cache).
    regex: /\bTLS session (?:of|for) (?:the )?data connection (?:was )?not resumed\b|\bSSL connection failed:? session reuse required\b/i,
    errno: null,
    kind: 'tls',
    phase: 'connect',
    generic: true,
    note: "The FTPS server refused the data connection because its TLS session was not resumed from the control connection's (a guard against data-connection hijacking). Use a client that resumes TLS sessions on data connections, or, at some risk, turn the requirement off on the server.",
  },
];
