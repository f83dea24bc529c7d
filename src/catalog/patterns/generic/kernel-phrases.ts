// Generic rows for kernel errnos in a program's own words: refused, unreachable, reset, a printed errno or WinSock number.
import type { PatternRow } from '../../pattern.js';

/** A kernel errno the line names in words or as a number. */
export const kernelPhrases: readonly PatternRow[] = [
  {
    id: 'refused',
    keywords: ['refused'],
    regex: /\b(?:connection\b[^;\n]{0,80}?\b(?:was |were |been |is )?refused|refused (?:the |to )?connect(?:ion)?)\b(?!: (?:not auth|bad user|unacceptable|identifier|server unavailable))/i,
    errno: 'ECONNREFUSED',
    phase: 'connect',
    generic: true,
    note: 'A connection was refused: the host answered the SYN with an RST because nothing listens on that port (ECONNREFUSED, in the program\'s own words).',
  },
  {
    id: 'unreachable',
    keywords: ['unreachable'],
    regex: /\b(?<message>(?:host|network) (?:is )?unreachable|unreachable (?:host|network))\b/i,
    errno: 'from-message',
    phase: 'connect',
    generic: true,
    note: 'No route to the host or network: an ICMP unreachable came back (from a router, or a firewall rejecting), or the local routing table has no route.',
  },
  {
    id: 'reset',
    keywords: ['reset', 'forcibly closed'],
    // Firefox's page: `The connection to the server was reset while the page was loading.`
    // Not a metric or setting named after resets (`Connection reset counter: 0`, `connection reset timeout=5`).
    regex: /\b(?:connection (?:was |has been |is |got )?(?:reset|forcibly closed)(?! (?:counters?|counts?|totals?|rates?|stats?|metrics?|timeout|interval|handler|events?)\b| ?[:=] ?\d)|connection to (?:the )?[\w.:-]{1,100}(?: server)? (?:was|has been) reset|reset by (?:the )?(?:peer|remote(?: host| end| side)?|server))\b/i,
    errno: 'ECONNRESET',
    phase: 'unknown',
    generic: true,
    note: 'The connection was reset: an RST arrived from the peer or a middlebox speaking for it (ECONNRESET, in the program\'s own words).',
  },
  {
    id: 'socket-error-number',
    keywords: ['socket error #'],
    // Delphi's Indy (EIdSocketError) and the clients built on it print `Socket Error # 10054` on Windows and the
    // platform's own errno elsewhere (`Socket Error # 111` on Linux), often with the text on the next line or
    // translated away: the number is the errno of the platform the line comes from (10000 and up is WinSock's).
    regex: /\bSocket Error # ?(?<number>\d{1,5})\b/i,
    errno: 'from-number',
    phase: 'unknown',
    generic: true,
    note: "A socket call's errno as Indy (Delphi, C++Builder) prints it: `Socket Error # 10054` is WSAECONNRESET on Windows, `# 111` ECONNREFUSED on Linux.",
  },
  {
    id: 'socket-call-error-number',
    keywords: ['socket recv error', 'socket send error'],
    // Bitcoin Core and the many coins built on its net.cpp log a failed recv() or send() as `socket recv error 104`
    // (older releases print the number alone; newer ones the text, then the number: `Connection reset by peer (104)`),
    // and on Windows `socket recv error  (10053)`: the errno of the platform the node runs on.
    regex: /\bsocket (?<call>recv|send) error:? {1,2}\(?(?<number>\d{1,5})\)?(?![\w.])/,
    errno: 'from-number',
    phase: 'from-call',
    generic: true,
    note: "A recv() or send() on a peer's connection failed with this errno, as Bitcoin Core's node logs it (104 ECONNRESET: the peer reset the connection; 110 ETIMEDOUT: the kernel gave up on it).",
  },
  {
    id: 'winsock-number',
    keywords: [
      ...['error', 'error code'].flatMap((word) => ['', ':', '='].flatMap((sign) => ['', ' '].flatMap((space) => ['100', '101'].map((digits) => `${word}${sign}${space}${digits}`)))),
      'code=100', 'code=101',
    ],
    // A WinSock code after the word error (Proxifier's `connection attempt failed with error 10061`): numbers from
    // 10000 up are Windows' socket errors wherever they appear. OpenVPN on Windows prints them as `(code=10054)`.
    regex: /\b(?:error(?: code)?[:=]? ?|code=)(?<number>10[01]\d\d)\b/i,
    errno: 'from-number',
    platform: 'windows',
    phase: 'unknown',
    generic: true,
    note: 'A WinSock error code printed by the program (10061 WSAECONNREFUSED, 10054 WSAECONNRESET, 10060 WSAETIMEDOUT); the catalog names it.',
  },
  {
    id: 'errno-number',
    keywords: ['errno'],
    regex: /\berrno ?[=:]? ?\(?(?<number>\d{1,5})\b/i,
    errno: 'from-number',
    anyErrno: true,
    phase: 'unknown',
    generic: true,
    note: 'An errno number printed by the program (`errno=104`); the catalog names it on the platform the line came from.',
  },
];
