// Kafka clients: librdkafka's broker errors (`Disconnected`, `Broker transport failure`), and both clients' failed connects.
import { definePatternTable } from '../pattern.js';

/** Patterns for librdkafka (and the clients built on it: confluent-kafka, kafkajs excepted) and the Java client. */
export const kafka = definePatternTable('kafka', [
  {
    id: 'disconnected',
    keywords: ['disconnected'],
    regex: /\b(?:Receive failed: |: )Disconnected(?: \(after \d{1,12}ms in state \w{1,20}\)| while requesting|\s*$)/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "librdkafka's Disconnected: recv() returned 0, the broker closed the connection (an idle connection the broker reaped after connections.max.idle.ms, a broker restart, or a listener speaking another protocol such as TLS).",
  },
  {
    id: 'connection-closed',
    // With what the regex needs before it (a broker id's last digit, or `bootstrap`): `connection closed` alone is in
    // many healthy lines, and each would be tried.
    keywords: [...'0123456789'.split('').map((d) => `${d}: connection closed`), 'bootstrap: connection closed'],
    // A broker named as librdkafka names it (`host:9092/2`, `host:9092/bootstrap`) whose connection closed: older
    // librdkafka's word for what newer versions call Disconnected. The peer starts where a run of name characters does:
    // tried inside one, it cost some 70 ms on a 64 KB word before `1: connection closed`.
    regex: /(?<![\w.-])(?<peer>[\w.-]{1,255}:\d{1,5})\/(?:\d{1,10}|bootstrap): Connection closed\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "librdkafka's `Connection closed`: recv() returned 0, the broker closed the connection (an idle connection reaped after connections.max.idle.ms, a broker restart, or a listener expecting TLS or SASL).",
  },
  {
    id: 'deliberate-teardown',
    keywords: ['handle destroyed', 'buffers on connection reset'],
    // `Local: Broker handle destroyed`: the application closed the client and the broker handle went on purpose (the
    // `(errno: No error information)` after it is stale). `Updating N buffers on connection reset` is the debug line
    // librdkafka logs after any connection ends: bookkeeping; a failure, if there was one, has its own line.
    regex: /\bLocal: (?:Broker )?handle destroyed\b[^\n]{0,200}|\bUpdating \d{1,9} buffers on connection reset\b/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'close',
    note: "librdkafka's bookkeeping (a broker handle the application destroyed, buffers updated after a connection ended), not a socket failure.",
  },
  {
    id: 'java-node-unreachable',
    keywords: ['could not be established. broker may not be available'],
    regex: /\bConnection to node -?\d{1,10}(?: \((?<peer>[^()\s]{1,300})\))? could not be established\. Broker may not be available\b/,
    errno: null,
    kind: 'errno',
    phase: 'connect',
    note: "The Java client's NetworkClient could not connect to the broker (node -1 is a bootstrap server). It does not print the errno: most often nothing listens on that host and port (refused), else a firewall or an advertised.listeners address the client cannot reach (a connect timeout).",
  },
  {
    id: 'transport-failure-stale-errno',
    keywords: ['broker transport failure'],
    // librdkafka prints errno even when the failure set none: EAGAIN, "Success" or Windows' "No error" there is left
    // over, not the cause.
    regex: /\bBroker transport failure(?::? \(errno: (?:Resource temporarily unavailable|Succes\w{0,2}|No error)\)?)?/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "The connection to the broker failed; with `(errno: Resource temporarily unavailable)` or `(errno: Success)` the errno is stale and the broker most likely closed the connection.",
  },
  {
    id: 'transport-failure-errno',
    keywords: ['broker transport failure'],
    regex: /\bBroker transport failure: \(errno: (?<message>(?!Resource temporarily unavailable|Succes|No error)[A-Z][A-Za-z ]{2,60}[a-z])\)/,
    errno: 'from-message',
    supersedes: ['kafka.transport-failure-stale-errno'],
    phase: 'unknown',
    note: 'The connection to the broker failed with this errno.',
  },
  {
    id: 'connect-failed',
    keywords: ['failed: '],
    regex: /\bConnect to (?:ipv[46]#)?(?<peer>[\w.:[\]%-]{1,255}) failed: (?<message>[^(\n]{2,120}?)(?: \(after \d{1,12}ms in state \w{1,20}\))/,
    errno: 'from-message',
    phase: 'connect',
    note: "librdkafka's connect to the broker failed; the text is the OS error (translated on a non-English Windows).",
  },
], { origin: { by: 'librdkafka' } });
