// Apache httpd's error log: APR status codes before the message (`(111)Connection refused: AH00957: ...`).
import { definePatternTable } from '../pattern.js';

/** Patterns for httpd's mod_proxy and friends, which print `(status)text` then an AH message id. */
export const httpd = definePatternTable('httpd', [
  {
    id: 'os-errno',
    keywords: ['refused', 'reset', 'timed out', 'unreachable', 'no route', 'broken pipe', 'not connected', 'in use', 'assign requested', '(os 1'],
    // APR passes OS errors through unchanged (below 20000; `(OS 10061)` on Windows); its own codes start at 20000.
    regex: /\((?:OS )?(?<number>\d{1,5})\)(?<message>[A-Z][^:()\n]{2,100}?)\s?(?::|$)/,
    errno: 'from-number',
    phase: 'unknown',
    note: 'httpd prints the APR status of the failed call in parentheses; below 20000 it is the OS errno (Linux numbers, WinSock numbers on Windows).',
  },
  {
    id: 'timeup',
    keywords: ['(70007)'],
    regex: /\(70007\)The timeout specified has expired/,
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "APR_TIMEUP: httpd's own Timeout or ProxyTimeout expired while waiting for the backend; not a kernel error.",
  },
  {
    id: 'status-line',
    keywords: ['ah01102', 'ah00898'],
    regex: /\bAH01102: error reading status line from remote server|\bAH00898: Error reading from remote server/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'mod_proxy_http read nothing (or not a full status line) from the backend: the backend closed the connection, typically a reused keep-alive connection or a crashed worker. An errno or timeout before the message says otherwise.',
  },
  {
    id: 'connect-failed',
    keywords: ['ah00957', 'ah01114'],
    regex: /\bAH00957: (?:HTTP|AJP|FCGI): attempt to connect to (?<peer>[\w.:[\]%-]{1,255})|\bAH01114: (?:HTTP|AJP|FCGI): failed to make connection to backend: (?<host>[\w.:[\]%-]{1,255})/,
    errno: null,
    kind: 'errno',
    phase: 'connect',
    note: 'mod_proxy could not connect to the backend; the `(N)text` before the AH id names the errno.',
  },
], { origin: { source: 'proxy' } });
