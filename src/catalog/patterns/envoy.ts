// Envoy and Istio: local-reply texts (`reset reason: connection termination`), response-code details and flags.
import { definePatternTable } from '../pattern.js';

// The stream reset reason in a local reply (`reset reason: connection failure`) or in response-code details
// (`upstream_reset_before_response_started{connection_failure}`).
const reason = (words: string): RegExp => new RegExp(`(?:reset reason: |upstream_reset_before_response_started\\{(?:remote_)?)(?:${words})\\b`);
// A response flag in the default access log (` 503 UC `) or a key=value format (`response_flag=UT`).
const flag = (flags: readonly string[]): RegExp => new RegExp(`(?: [1-5]\\d\\d |response_flags?[=:]\\s?"?)(?:${flags.join('|')})(?=[\\s",])`);
// A flag with what follows it (a space, a comma before more flags, a JSON quote): ` ut` alone would hold every ` utc`.
const flagKeywords = (flags: readonly string[]): string[] =>
  ['response_flag', ...flags.flatMap((f) => [' ', ',', '"'].map((after) => ` ${f.toLowerCase()}${after}`))];

/** Patterns for Envoy's (and Istio's) upstream failures. */
export const envoy = definePatternTable('envoy', [
  {
    id: 'delayed-connect-error',
    keywords: ['delayed connect error', 'delayed_connect_error', 'delayed connect_error', 'delayed_connect error'],
    regex: /\bdelayed[ _]connect[ _]error:[ _]?(?<number>\d{1,5})\b/,
    errno: 'from-number',
    phase: 'connect',
    note: "The upstream connect() failed with this errno (Linux numbering: 111 is ECONNREFUSED); Envoy reports it after the connect call returned.",
  },
  {
    id: 'connection-failure',
    keywords: ['connection failure', 'connection_failure'],
    regex: reason('connection failure|connection_failure'),
    errno: null,
    kind: 'errno',
    phase: 'connect',
    note: "Envoy could not connect to the upstream (response flag UF): the connect failed with a kernel errno (refused, unreachable) or Envoy's connect_timeout fired. `delayed connect error: N` names the errno when present.",
  },
  {
    id: 'tls-error',
    keywords: ['tls error: '],
    // The transport failure reason of a failed upstream connection, and the TLS socket's own log line: BoringSSL's packed
    // error (`TLS error: 268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED`) or its name alone.
    regex: /(?:\breset reason: connection(?: |_)failure,? transport failure reason: )?\bTLS error: (?:\d{6,10}:[\w ]{1,40}:OPENSSL_internal:[\w ]{3,60}|[A-Z][A-Z_]{2,60}\b)/,
    // It says why the connection failed, which connection-failure leaves open.
    supersedes: ['envoy.connection-failure'],
    errno: null,
    kind: 'tls',
    phase: 'connect',
    note: "The TLS handshake with the upstream failed (BoringSSL's reason after `TLS error:`): CERTIFICATE_VERIFY_FAILED an upstream certificate the cluster's validation context does not accept, WRONG_VERSION_NUMBER an upstream that does not speak TLS on that port. The TCP connection worked.",
  },
  {
    id: 'connection-termination',
    keywords: ['connection termination', 'connection_termination'],
    regex: reason('connection termination|connection_termination'),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'The upstream connection closed before a response (response flag UC): a keep-alive connection the upstream had timed out, or an upstream that crashed or restarted.',
  },
  {
    id: 'remote-reset',
    keywords: ['remote reset', 'remote_reset'],
    regex: reason('remote reset|remote_reset'),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'The upstream reset the stream (an HTTP/2 RST_STREAM, or a TCP reset on HTTP/1; response flag UR): no kernel errno is reported.',
  },
  {
    id: 'overflow',
    keywords: ['overflow'],
    regex: reason('overflow'),
    errno: null,
    kind: 'resource-limit',
    phase: 'connect',
    note: "Envoy's circuit breaker refused the request (response flag UO): max connections, pending requests or requests for the cluster were reached.",
  },
  {
    id: 'upstream-timeout',
    keywords: ['upstream_response_timeout', 'upstream request timeout', ...flagKeywords(['UT', 'SI', 'DT'])],
    regex: new RegExp(`\\bupstream_response_timeout\\b|\\bupstream request timeout\\b|${flag(['UT', 'SI', 'DT']).source}`),
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "Envoy's route timeout (15 s by default) or stream idle timeout fired before the upstream answered (response flags UT, SI, DT).",
  },
  {
    id: 'flag-connection-termination',
    keywords: flagKeywords(['UC', 'UR', 'DC']),
    regex: flag(['UC', 'UR', 'DC']),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'Response flag UC (upstream connection terminated), UR (upstream remote reset) or DC (downstream connection terminated).',
  },
  {
    id: 'flag-connection-failure',
    keywords: flagKeywords(['UF']),
    regex: flag(['UF']),
    errno: null,
    kind: 'errno',
    phase: 'connect',
    note: 'Response flag UF: the connection to the upstream failed (refused, unreachable or connect timeout).',
  },
], { origin: { source: 'proxy' } });
