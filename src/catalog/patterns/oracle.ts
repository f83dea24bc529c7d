// Oracle Net (TNS) errors a client prints for its connection to the database: ORA-12541, ORA-03113 and their kin.
import { definePatternTable } from '../pattern.js';

/** Patterns for Oracle Net's connection errors (OCI, JDBC thin, python-oracledb, node-oracledb). */
export const oracle = definePatternTable('oracle', [
  {
    id: 'no-listener',
    keywords: ['tns:no listener', 'no listener at host'],
    // Older clients say `TNS:no listener`, 23ai's `Cannot connect. No listener at host db port 1521.`
    regex: /\bORA-12541: (?:TNS:no listener|Cannot connect\. No listener at host (?<host>[\w.:-]{1,255}) port (?<port>\d{1,5}))/,
    errno: 'ECONNREFUSED',
    phase: 'connect',
    note: 'ORA-12541 is Oracle Net reporting a refused connect (ECONNREFUSED): the host answered, but no listener runs on that port (the listener is down, or listens on another port or address).',
  },
  {
    id: 'end-of-file',
    keywords: ['end-of-file on communication channel', 'tns:connection closed', 'tns:lost contact', 'connection lost contact'],
    regex: /\b(?:ORA-\d{5}: )?(?:end-of-file on communication channel|TNS:connection closed|TNS:lost contact|connection lost contact)\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'The database side closed the connection (ORA-03113, ORA-12537, ORA-12547, ORA-03135): the server process died or was killed, an idle connection was cut by a firewall or the server, or the listener dropped it. No errno; the alert log says why.',
  },
  {
    id: 'no-handler',
    keywords: ['ora-12516', 'ora-12519', 'ora-12520'],
    // ORA-12516 `TNS:listener could not find available handler with matching protocol stack`, ORA-12519 `TNS:no
    // appropriate service handler found`, ORA-12520 `... for requested type of server`.
    regex: /\bORA-125(?:16|19|20)\b/,
    errno: null,
    kind: 'resource-limit',
    phase: 'connect',
    note: "The listener took the connection but had no server process to hand it to: the database's PROCESSES or SESSIONS limit is reached (often bursts of short connections, or a pool larger than the database allows). ORA-12520 can also mean a shared server that is not configured. Raise the limit or pool the connections.",
  },
]);

