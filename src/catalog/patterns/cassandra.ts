// Cassandra drivers: the DataStax Java driver's per-host reasons inside NoHostAvailableException.
import { definePatternTable } from '../pattern.js';

/** Patterns for the DataStax drivers' connection errors. */
export const cassandra = definePatternTable('cassandra', [
  {
    id: 'cannot-connect',
    keywords: ['cannot connect'],
    // TransportException's message is `[host/address:port] Cannot connect`: the connect failed and the driver keeps the
    // cause (refused, unreachable, timed out) out of the message.
    regex: /\[(?<peer>[\w.:/%-]{1,255})\] Cannot connect\b/,
    errno: null,
    kind: 'errno',
    phase: 'connect',
    note: "The driver could not open a connection to that host; its message leaves out the errno (refused, unreachable or timed out). The exception's cause, or `nc -vz host 9042`, says which; check the native transport port and rpc_address.",
  },
]);
