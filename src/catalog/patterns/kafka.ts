// Kafka clients: librdkafka's broker errors (`Disconnected`, `Broker transport failure`) and its connect failures.
import { definePatternTable } from '../pattern.js';

/** Patterns for librdkafka (and the clients built on it: confluent-kafka, kafkajs excepted). */
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
