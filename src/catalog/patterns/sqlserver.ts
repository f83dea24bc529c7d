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
]);
