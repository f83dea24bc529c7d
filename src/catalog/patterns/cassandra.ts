// Cassandra drivers: the DataStax Java driver's per-host reasons inside NoHostAvailableException, and the server's own
// request timer, which every driver passes on.
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
  {
    id: 'coordinator-timeout',
    keywords: ['- received only'],
    // The coordinator's request timer (read_request_timeout_in_ms, write_request_timeout_in_ms), as Cassandra and
    // ScyllaDB word their ReadTimeout and WriteTimeout errors and every driver passes them on: `Operation timed out -
    // received only 0 responses.`, `Operation timed out for ks.cf - received only 2 responses from 3 CL=QUORUM.`. macOS's
    // words for ETIMEDOUT, but the server's timer for its replicas.
    regex: /\bOperation timed out(?: for [\w.]{1,200})? - received only \d{1,4} responses?\b/,
    supersedes: ['libc.strerror'],
    errno: null,
    kind: 'timer',
    origin: { by: 'the Cassandra coordinator' },
    phase: 'read',
    note: "The coordinator node's request timer expired before enough replicas answered (the count says how many did): replicas overloaded, down or slow (compaction, GC pauses, large partitions or batches). The client's connection to the coordinator worked; raise the server's request timeouts only after finding why the replicas are slow.",
  },
]);
