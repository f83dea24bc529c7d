// MQTT brokers and clients: Mosquitto's log of a client gone without DISCONNECT, and CONNACK refusals (not socket errors).
import { definePatternTable } from '../pattern.js';

/** Patterns for MQTT brokers' logs (Mosquitto) and the CONNACK return codes clients print. */
export const mqtt = definePatternTable('mqtt', [
  {
    id: 'mosquitto-socket-error',
    keywords: ['socket error on client '],
    // Mosquitto 1.x: `Socket error on client <unknown>, disconnecting.` (2.x says `Client ... closed its connection.`).
    regex: /\bSocket error on client [^\n,]{1,200}, disconnecting\b/,
    errno: null,
    kind: 'peer-closed',
    origin: { by: 'mosquitto' },
    phase: 'read',
    note: "Mosquitto's broker lost a client without an MQTT DISCONNECT: most often the client closed its TCP connection (a health check or port probe, a client that exits or reconnects, a NAT or proxy timing it out). The broker prints the same words when it drops a client itself for a protocol or authentication error, so look at the CONNACK just before it.",
  },
  {
    id: 'connack-refused',
    keywords: ['connection refused'],
    // MQTT 3.1.1's CONNACK return codes 1 to 5 in the words of the spec and the clients that print them (`Connection
    // Refused: not authorized`, `connection refused identifier rejected`): the broker answered over a working TCP
    // connection and declined the session. Not the kernel's ECONNREFUSED.
    regex: /\bConnection Refused[,:]? {1,2}(?:not authori[sz]ed|bad user ?name or password|identifier rejected|unacceptable protocol version|server unavailable)\b/i,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'connect',
    note: "An MQTT broker's CONNACK refusing the session (bad credentials, a client id it rejects, a protocol version it does not speak): the TCP connection worked.",
  },
  {
    id: 'pubsubclient-timeout',
    keywords: ['mqtt_connection_timeout', 'rc=-4', 'rc= -4', 'rc =-4', 'rc = -4', 'rc -4', 'rc:-4', 'rc: -4', 'rc :-4', 'rc : -4'],
    // The Arduino PubSubClient's state() -4, MQTT_CONNECTION_TIMEOUT: no CONNACK (or no answer to a ping) within its
    // keep-alive or socket timeout. Its example sketch prints `Attempting MQTT connection...failed, rc=-4 try again in 5
    // seconds`, Tasmota `MQTT: Connect failed to host:1883, rc -4` (or its translations). Only after MQTT's name: a bare
    // `rc -4` is any program's return code.
    regex: /\bMQTT?\b[^\n]{0,160}?\brc(?: ?[=:] ?| )-4\b|\bMQTT_CONNECTION_TIMEOUT\b/i,
    errno: null,
    kind: 'timer',
    origin: { by: 'the PubSubClient MQTT library', code: 'MQTT_CONNECTION_TIMEOUT' },
    phase: 'connect',
    note: "PubSubClient's MQTT_CONNECTION_TIMEOUT (-4): the broker did not answer (CONNACK, or a ping) within the client's timeout. The TCP connection was made, or its connect hung: the broker is overloaded or not speaking MQTT on that port (a TLS port reached without TLS), or packets are lost.",
  },
]);
