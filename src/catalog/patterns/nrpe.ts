// Nagios' check_nrpe (and NSClient++ answering it): the NRPE agent closed the connection without a result.
import { definePatternTable } from '../pattern.js';

/** Patterns for check_nrpe's errors. */
export const nrpe = definePatternTable('nrpe', [
  {
    id: 'no-bytes-from-daemon',
    keywords: ['received 0 bytes from daemon', 'only 0 bytes received'],
    // check_nrpe 2 says `Received 0 bytes from daemon`, check_nrpe 3 `Receive header underflow - only 0 bytes received
    // (4 expected)`: the agent closed the connection before sending a reply (a host not in allowed_hosts, an SSL
    // mismatch, or the command outliving the agent's timeout). `-1 bytes` is a failed read, not a close.
    regex: /\bReceived 0 bytes from daemon\b|\bReceive header underflow - only 0 bytes received\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "The NRPE agent accepted the connection and closed it without an answer: the checking host is not in its allowed_hosts, check_nrpe and the agent disagree on SSL, or the command ran past the agent's command_timeout. The agent's log says which.",
  },
]);
