// curl's exit-code messages: `curl: (7) Failed to connect`, `(28) timed out`, `(52) Empty reply`, `(56) Recv failure`.
import { definePatternTable } from '../pattern.js';

/** Patterns for curl's error lines (`curl: (N) ...`). */
export const curl = definePatternTable('curl', [
  {
    id: '7-failed-to-connect',
    keywords: ['failed to connect to'],
    regex: /\bFailed to connect to (?<host>[\w.:[\]%-]{1,255}) port (?<port>\d{1,5})(?: after \d{1,9} ms)?: (?<message>[A-Z][A-Za-z' ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'connect',
    note: "curl exit 7 (CURLE_COULDNT_CONNECT): every address failed; the text is the last connect() errno's strerror. `Couldn't connect to server` hides which one.",
  },
  {
    id: '6-could-not-resolve',
    keywords: ['resolve host'],
    regex: /\bCould(?: not|n't) resolve host:? '?(?<host>[\w.-]{1,255})/,
    errno: 'ENOTFOUND',
    phase: 'dns',
    note: 'curl exit 6 (CURLE_COULDNT_RESOLVE_HOST): the name did not resolve; curl does not say whether the answer was NXDOMAIN or a resolver failure.',
  },
  {
    id: '28-connect-timeout',
    keywords: ['connection timed out after', 'connection timeout after'],
    regex: /\bConnection time(?:d out|out) after \d{1,9} m(?:s|illiseconds)/,
    errno: null,
    kind: 'timer',
    phase: 'connect',
    note: "curl exit 28 (CURLE_OPERATION_TIMEDOUT) during connect: curl's --connect-timeout (or its 300 s default) fired before the handshake finished.",
  },
  {
    id: '28-operation-timeout',
    keywords: ['operation timed out after'],
    regex: /\bOperation timed out after \d{1,9} m(?:s|illiseconds)/,
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "curl exit 28: curl's own --max-time (or low-speed limit) fired while waiting for data; not a kernel error.",
  },
  {
    id: '28-resolving-timeout',
    keywords: ['resolving timed out after'],
    regex: /\bResolving timed out after \d{1,9} m(?:s|illiseconds)/,
    errno: null,
    kind: 'timer',
    phase: 'dns',
    note: "curl exit 28 while resolving: curl's own timeout fired before the resolver answered (a slow or unreachable DNS server).",
  },
  {
    id: '52-empty-reply',
    keywords: ['empty reply from server'],
    regex: /\bEmpty reply from server\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'curl exit 52 (CURLE_GOT_NOTHING): the server closed the connection (FIN, or RST without error) without sending a single byte of response.',
  },
  {
    id: 'recv-failure',
    keywords: ['recv failure'],
    regex: /\bRecv failure: (?<message>[A-Z][A-Za-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'read',
    note: 'curl exit 56 (CURLE_RECV_ERROR): recv() failed with this errno while reading the response.',
  },
  {
    id: 'send-failure',
    keywords: ['send failure'],
    regex: /\bSend failure: (?<message>[A-Z][A-Za-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'write',
    note: 'send() failed with this errno while curl was sending (exit 55, CURLE_SEND_ERROR; exit 56 when it happened while curl was also receiving, as in `(56) Send failure: Connection was reset` on Windows).',
  },
]);
