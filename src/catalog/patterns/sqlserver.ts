// SQL Server's client drivers (the ODBC driver, sqlcmd, bcp, and the PHP, Python and Node drivers built on it): the TCP
// Provider's socket error code, which they print in hexadecimal.
import { definePatternTable } from '../pattern.js';

/** Patterns for the SQL Server ODBC driver's TCP Provider errors. */
export const sqlserver = definePatternTable('sqlserver', [
  {
    id: 'tcp-provider-code',
    keywords: ['tcp provider: error code 0x', 'tcp provider error code 0x'],
    // `[Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: Error code 0x2746` and sqlcmd's `... : TCP Provider: Error
    // code 0x2746.`: the number is the socket error in hexadecimal. The driver speaks WinSock's numbers on Linux and macOS
    // too (0x2746 is 10054, WSAECONNRESET; 0x2714 is 10004, WSAEINTR), but some builds pass the raw errno through
    // (0x68 is 104, Linux's ECONNRESET), so the number is read like any other: 10000 and up is WinSock's.
    regex: /\bTCP Provider:? Error code (?<number>0x[0-9A-Fa-f]{1,4})\b/i,
    errno: 'from-number',
    phase: 'unknown',
    note: "The SQL Server driver's socket call failed with this error (in hexadecimal: 0x2746 is 10054, a reset). A reset right after connecting is most often the server refusing the client's TLS version or ciphers (an old server without TLS 1.2, or OpenSSL's security level on the client), not the network.",
  },
  {
    id: 'login-timer',
    keywords: ['tcp provider: error code 0x2749', 'tcp provider error code 0x2749'],
    // 0x2749 is 10057, WSAENOTCONN: the driver's answer when its login timeout expired with the socket still not
    // connected, always after `Login timeout expired` (sqlcmd against a SQL Server container still starting, a server not
    // listening on 1433, SYNs dropped). The kernel returned no such error to a call; the driver's timer ended the attempt.
    regex: /\bTCP Provider:? Error code 0x2749\b/i,
    supersedes: ['sqlserver.tcp-provider-code'],
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "The SQL Server driver's login timeout (sqlcmd's -l, the connection string's LoginTimeout) expired before a connection to the server was made; the driver reports that as 0x2749 (10057, WSAENOTCONN), not an errno the kernel gave. The server is not up yet (a container still starting: the driver retries refused connects until its timer ends, so wait for the server or retry), does not listen on that port, or a firewall drops the SYNs.",
  },
]);
