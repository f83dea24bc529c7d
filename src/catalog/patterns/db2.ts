// IBM Db2's CLI and ODBC driver (and Informix through it): SQL30081N names the socket call that failed and its errno.
import { definePatternTable } from '../pattern.js';

// The message up to the failed call's name; drivers wrap it in one or two spaces after each sentence.
const BEFORE_CALL = String.raw`\bSQL30081N\b[^\n]{0,600}?Communication function detecting the error: "`;
const CODES = String.raw`"\.\s{1,3}Protocol specific error code\(s\): `;
// The socket calls whose errno the first code is (not the driver's own functions, such as selectForConnectTimeout).
const SOCKET_CALLS = ['recv', 'send', 'connect', 'recvfrom', 'sendto', 'select', 'poll', 'accept', 'bind', 'listen', 'socket'];

/** Patterns for SQL30081N, the Db2 client's communication error. */
export const db2 = definePatternTable('db2', [
  {
    id: 'socket-call-errno',
    keywords: ['sql30081n'],
    // `Communication function detecting the error: "recv".  Protocol specific error code(s): "104", "*", "0"`: the first
    // code is the errno of that call on the client, in its platform's numbering (IBM's table: ECONNREFUSED is 111 on
    // Linux, 10061 on Windows, 79 on AIX), so it is read as explain reads every number: WinSock's 100xx on Windows,
    // Linux's otherwise (AIX's and Solaris' socket numbers are no socket errno on Linux and drop out).
    regex: new RegExp(`${BEFORE_CALL}(?<call>${SOCKET_CALLS.join('|')})${CODES}"(?<number>\\d{1,5})"`),
    errno: 'from-number',
    phase: 'from-call',
    note: "The Db2 client's socket call failed with this errno (the message's `Location` is the server's address). The driver passes the kernel's error on; see the errno's causes.",
  },
  {
    id: 'recv-end-of-stream',
    keywords: ['sql30081n'],
    // recv() returned 0 (`"*", "*", "0"`): the server closed the connection without an errno (a wrong port, an SSL port
    // spoken to in plain TCP, the server or a firewall ending an idle connection).
    regex: new RegExp(String.raw`${BEFORE_CALL}recv${CODES}"\*", "\*", "0"`),
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'The Db2 server (or something in between) closed the connection: recv() read end of stream. Check the port (the SSL port spoken to without SSL closes like this), the server\'s db2diag.log, and idle-connection timeouts in firewalls.',
  },
  {
    id: 'connect-timer',
    keywords: ['sql30081n'],
    // The driver's own connect timeout (ConnectTimeout in db2cli.ini or db2dsdriver.cfg) expired while it waited in
    // select() for the non-blocking connect; the code is that connect's EINPROGRESS (115 on Linux), no failure.
    regex: new RegExp(`${BEFORE_CALL}selectForConnectTimeout"`),
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "The Db2 client's connect timeout (ConnectTimeout) expired before the server answered: the host or port is unreachable, filtered, or slow; the number after it is the pending connect's EINPROGRESS, not an error.",
  },
]);
