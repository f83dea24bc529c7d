// C-library fallbacks: bare strerror() texts and bare errno names, plus the strerror text -> errno table.
import { ERRNO_ENTRIES } from '../data/entries.js';
import { definePatternTable, escapeRegExp } from '../pattern.js';
import type { ErrnoName } from '../types.js';

// WinSock's FormatMessage texts (English) for the socket codes.
const WINSOCK_TEXTS = {
  'an existing connection was forcibly closed by the remote host': 'ECONNRESET',
  'no connection could be made because the target machine actively refused it': 'ECONNREFUSED',
  'a socket operation was attempted to an unreachable host': 'EHOSTUNREACH',
  'a socket operation was attempted to an unreachable network': 'ENETUNREACH',
  'an established connection was aborted by the software in your host machine': 'ECONNABORTED',
  'a connection attempt failed because the connected party did not properly respond after a period of time': 'ETIMEDOUT',
  'only one usage of each socket address (protocol/network address/port) is normally permitted': 'EADDRINUSE',
  'an attempt was made to access a socket in a way forbidden by its access permissions': 'EACCES',
  'the requested address is not valid in its context': 'EADDRNOTAVAIL',
  // The rest of the table, for the codes a socket call returns less often (WSAENOBUFS without its article, as
  // programs that wrap the text quote it: `operation on a socket could not be performed ...`)
  'a non-blocking socket operation could not be completed immediately': 'EWOULDBLOCK',
  'an operation was attempted on a non-blocking socket that already had an operation in progress': 'EALREADY',
  'a blocking operation was interrupted by a call to wsacancelblockingcall': 'EINTR',
  'an operation was attempted on something that is not a socket': 'ENOTSOCK',
  'a connect request was made on an already connected socket': 'EISCONN',
  'a request to send or receive data was disallowed because the socket had already been shut down in that direction with a previous shutdown call': 'ESHUTDOWN',
  'operation on a socket could not be performed because the system lacked sufficient buffer space or because a queue was full': 'ENOBUFS',
  'too many open sockets': 'EMFILE',
  'a socket operation encountered a dead network': 'ENETDOWN',
  'the connection has been broken due to keep-alive activity detecting a failure while the operation was in progress': 'ENETRESET',
  'a socket operation failed because the destination host was down': 'EHOSTDOWN',
  'an address incompatible with the requested protocol was used': 'EAFNOSUPPORT',
  // WSANO_DATA (11004): the name exists but has no address record (the resolver's EAI_NODATA).
  'the requested name is valid, but no data of the requested type was found': 'ENOTFOUND',
} as const satisfies Record<string, ErrnoName>;

// Translated texts of the commonest socket errnos as users paste them: glibc's zh_CN and de catalogues, and
// Windows' WinSock messages in Chinese, Russian, Spanish, French, Portuguese, German, Italian, Japanese and Korean
// (the distinctive part of each, so that apostrophe and article variants still match), with the two Win32 errors
// Windows reports on sockets (64 for a reset, 121 for the TCP timeout). Matched anywhere (CJK text has no word
// boundaries).
const LOCALIZED_TEXTS = {
  连接被对方重设: 'ECONNRESET',
  连接被对方重置: 'ECONNRESET',
  拒绝连接: 'ECONNREFUSED',
  连接超时: 'ETIMEDOUT',
  没有到主机的路由: 'EHOSTUNREACH',
  远程主机强迫关闭了一个现有的连接: 'ECONNRESET',
  由于目标计算机积极拒绝: 'ECONNREFUSED',
  套接字操作尝试一个无法连接的主机: 'EHOSTUNREACH',
  由于连接方在一段时间后没有正确答复: 'ETIMEDOUT',
  你的主机中的软件中止了一个已建立的连接: 'ECONNABORTED',
  指定的网络名不再可用: 'ECONNRESET',
  信号灯超时时间已到: 'ETIMEDOUT',
  '请求的名称有效，但是找不到请求的类型的数据': 'ENOTFOUND',
  'удаленный хост принудительно разорвал существующее подключение': 'ECONNRESET',
  'конечный компьютер отверг запрос на подключение': 'ECONNREFUSED',
  'die verbindung wurde vom kommunikationspartner zurückgesetzt': 'ECONNRESET',
  'verbindungsaufbau abgelehnt': 'ECONNREFUSED',
  'eine vorhandene verbindung wurde vom remotehost geschlossen': 'ECONNRESET',
  'da der zielcomputer die verbindung verweigerte': 'ECONNREFUSED',
  'nach einer bestimmten zeitspanne nicht richtig reagiert': 'ETIMEDOUT',
  'se ha forzado la interrupción de una conexión existente': 'ECONNRESET',
  'denegó expresamente dicha conexión': 'ECONNREFUSED',
  'la parte conectada no respondió adecuadamente': 'ETIMEDOUT',
  'se ha anulado una conexión establecida': 'ECONNABORTED',
  'une connexion existante a dû être fermée par': 'ECONNRESET',
  'a expressément refusée': 'ECONNREFUSED',
  'pas répondu convenablement': 'ETIMEDOUT',
  'foi forçado o cancelamento de uma conexão existente': 'ECONNRESET',
  'as recusou ativamente': 'ECONNREFUSED',
  'interrotta forzatamente dall': 'ECONNRESET',
  'rifiuto persistente del computer di destinazione': 'ECONNREFUSED',
  既存の接続はリモート: 'ECONNRESET',
  対象のコンピューターによって拒否されたため: 'ECONNREFUSED',
  '원격 호스트에 의해 강제로 끊겼습니다': 'ECONNRESET',
  '대상 컴퓨터에서 연결을 거부했으므로': 'ECONNREFUSED',
} as const satisfies Record<string, ErrnoName>;

// Win32 errors (not WinSock numbers) that Windows reports for socket I/O: ERROR_NETNAME_DELETED (64) when the
// connection was reset, ERROR_SEM_TIMEOUT (121) when TCP gave up retransmitting. explain reads them as the socket
// errors, which is what they mean in a client's or server's log (.NET's `Unable to read data from the transport
// connection`, SQL Server's TCP Provider). Not where the line names a file share (a UNC path, SMB or CIFS, robocopy, a
// mapped drive, WSL's \\wsl$ and drvfs or 9p mounts, SQL Server's Named Pipes Provider): there 64 means Windows' SMB
// client lost its session to the file server, a failure of the redirector rather than of a socket the program holds,
// and `netname-on-file-share` below reports nothing.
const WIN32_TEXTS = {
  'the specified network name is no longer available': 'ECONNRESET',
  'the semaphore timeout period has expired': 'ETIMEDOUT',
} as const satisfies Record<string, ErrnoName>;

// Other platforms' and runtimes' wordings of catalog errnos (glibc's are the catalog entries' own messages).
const OTHER_WORDINGS: Readonly<Record<string, ErrnoName>> = {
  'operation timed out': 'ETIMEDOUT', // macOS, BSD
  'timed out': 'ETIMEDOUT', // Windows curl and git: `Failed to connect to ... port 443: Timed out`
  'host is unreachable': 'EHOSTUNREACH',
  'host unreachable': 'EHOSTUNREACH',
  'unreachable host': 'EHOSTUNREACH',
  'network unreachable': 'ENETUNREACH',
  'unreachable network': 'ENETUNREACH',
  'connection aborted': 'ECONNABORTED',
  'connection was reset': 'ECONNRESET', // Windows curl
  'connection was aborted': 'ECONNABORTED',
  'socket is not connected': 'ENOTCONN', // macOS
  "can't assign requested address": 'EADDRNOTAVAIL', // macOS
  // Mono's own SocketException text for EADDRNOTAVAIL (Unity, Xamarin, Mono on macOS and Linux); Windows says `in its context`
  'the requested address is not valid in this context': 'EADDRNOTAVAIL',
  ...WINSOCK_TEXTS,
  ...WIN32_TEXTS,
  'no address associated with hostname': 'ENOTFOUND',
  'nodename nor servname provided, or not known': 'ENOTFOUND', // macOS
  'no such host is known': 'ENOTFOUND', // Windows (WSAHOST_NOT_FOUND)
  'name does not resolve': 'ENOTFOUND', // musl (Alpine), EAI_NONAME
  'unknown host': 'ENOTFOUND',
  ...LOCALIZED_TEXTS,
};

/** strerror() texts (glibc, macOS, musl, WinSock), lower-cased, and the catalog errno each one means (`from-message`). */
export const STRERROR_TEXTS: Readonly<Record<string, ErrnoName>> = {
  ...Object.fromEntries(Object.values(ERRNO_ENTRIES).filter((e) => e.aliasOf === undefined).map((e) => [e.message.toLowerCase(), e.name])),
  ...OTHER_WORDINGS,
};

// The texts recognised standing alone: only the socket ones (a bare "Permission denied" or "Timed out" is not).
const SOCKET_TEXTS = [
  'connection reset by peer', 'broken pipe', 'connection refused', 'connection timed out', 'operation timed out',
  'no route to host', 'host is unreachable', 'network is unreachable', 'software caused connection abort',
  'transport endpoint is not connected', 'socket is not connected', 'address already in use',
  'cannot assign requested address', "can't assign requested address", 'host is down', 'network is down',
  'network dropped connection on reset', 'too many open files in system', 'too many open files',
  'no buffer space available', 'temporary failure in name resolution', 'name or service not known',
  'no address associated with hostname', 'nodename nor servname provided, or not known', 'name does not resolve',
  'address family not supported by protocol', 'the requested address is not valid in this context', ...Object.keys(WINSOCK_TEXTS),
  ...Object.keys(WIN32_TEXTS),
];

// Socket calls whose EPERM or EACCES is a socket error (a firewall rule, a privileged port), not a file's.
const SOCKET_CALLS = ['connect', 'sendmsg', 'sendto', 'send', 'bind', 'listen', 'socket'];

/** Fallback patterns, tried on every line that mentions one of their texts; specific patterns win over them. */
export const libc = definePatternTable('libc', [
  {
    id: 'strerror',
    keywords: [...SOCKET_TEXTS],
    // A timer's own message often borrows the kernel's words (`Connection timed out after 5001 ms`): that is not the
    // errno (nor are MQTT's CONNACK refusals, `Connection Refused: not authorised`, which mqtt.connack-refused silences).
    // Python's `The read operation timed out` is its own socket timeout, not macOS's ETIMEDOUT text.
    regex: new RegExp(`(?<!(?:read|write|handshake) )\\b(?<message>${SOCKET_TEXTS.map(escapeRegExp).join('|')})\\b(?! after \\d)`, 'i'),
    errno: 'from-message',
    phase: 'unknown',
    generic: true,
    note: "The C library's strerror() text (also libuv's and most runtimes' wording) for the errno.",
  },
  {
    id: 'strerror-translated',
    keywords: Object.keys(LOCALIZED_TEXTS),
    regex: new RegExp(`(?<message>${Object.keys(LOCALIZED_TEXTS).map(escapeRegExp).join('|')})`, 'i'),
    errno: 'from-message',
    phase: 'unknown',
    generic: true,
    note: 'A translated strerror() or WinSock text (Chinese, Russian, German, Spanish, French, Portuguese, Italian, Japanese, Korean) for the errno.',
  },
  {
    id: 'broken-pipe-to-output',
    keywords: ['broken pipe', 'epipe'],
    // Also a file or a log written through a pipe (`Error writing file: Broken pipe`, a content log on a pipe).
    regex: /\b(?:standard output|stdout|stderr|write error|to output|writing (?:to )?(?:the )?(?:file|log|pipe)|write to (?:the )?(?:file|log|pipe)|(?:content|access|debug) log|log ?file)\b(?:(?!tcp|socket|connection|client|upstream|peer)[^\n]){0,40}?(?:broken pipe|EPIPE)(?: ?\([^)\n]{0,40}\))?/i,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'write',
    note: 'EPIPE on a pipe or a file (`sort | head`: the reader exited; a log written to a pipe), not on a socket.',
  },
  {
    id: 'socket-call-denied',
    // Each call joined to each text: the texts alone are common in healthy logs (files, sudo), and scan tries every
    // line holding a keyword.
    keywords: SOCKET_CALLS.flatMap((call) => [`${call}: operation not permitted`, `${call}: permission denied`]),
    // EPERM and EACCES are no socket texts alone (files say them too), but after a socket call they are: a firewall
    // rule dropping outgoing packets (`sendmsg: Operation not permitted`), a port below 1024 (`bind: Permission denied`).
    regex: new RegExp(`\\b(?<call>${SOCKET_CALLS.join('|')}): (?<message>Operation not permitted|Permission denied)\\b`, 'i'),
    errno: 'from-message',
    phase: 'from-call',
    generic: true,
    note: 'A socket call refused by the local host: EPERM from a firewall rule (iptables or nftables dropping or rejecting locally generated packets), EACCES from binding a port below 1024 without the capability, or a security module.',
  },
  {
    id: 'bind-address-not-here',
    keywords: ['cannot assign requested address', "can't assign requested address"],
    // EADDRNOTAVAIL after a bind (Netty's `bind(..) failed`, `Could not open/bind port`, Go's `bind:`) is an address
    // this host does not have, not the ephemeral ports running out as after connect(). Java's BindException is not
    // enough: older JDKs throw it for connect()'s EADDRNOTAVAIL too.
    regex: /\b(?<call>bind)(?:ing)?\b[^\n]{0,80}?\b(?<message>Cannot assign requested address|Can't assign requested address)\b/i,
    errno: 'from-message',
    phase: 'from-call',
    supersedes: ['libc.strerror'],
    note: 'bind() was given an address no interface of this host has (a stale or mistyped IP, ::1 without IPv6, a VPN address not up yet): listen on 0.0.0.0 or an address the host has.',
  },
  {
    id: 'send-address-not-here',
    keywords: ['cannot assign requested address', "can't assign requested address"],
    // EADDRNOTAVAIL from sendto(), sendmsg() or send() on a datagram socket: the source address it is bound to, or the
    // link-local address it needs, is not on the host (yet, or any more: a Wi-Fi change, an address a VPN removed).
    // Ports running out fail connect() or bind(), not a send. A connect or dial in between is connect()'s.
    regex: /\b(?<call>sendto|sendmsg|send)\b(?:\(\))?(?:(?!connect|dial)[^\n]){0,60}?\b(?<message>Cannot assign requested address|Can't assign requested address)\b/i,
    errno: 'from-message',
    phase: 'write',
    supersedes: ['libc.strerror'],
    note: 'A datagram send found its source address gone from the host (an interface not up yet, an IPv6 link-local address still tentative, a Wi-Fi or VPN change): not the ephemeral ports running out. Wait for the address, or bind to the wildcard address.',
  },
  {
    id: 'datagram-too-long',
    keywords: ['message too long'],
    // EMSGSIZE's text is no socket text alone (a chat, SMS or mail program says it of its own messages), but where a
    // datagram was sent it is: `sending datagram to 10.0.0.5:514 failed: Message too long`, Kong's `[udp-log] could not
    // send data to host:9900: message too long`, `socket: Message too long`.
    regex: /\b(?:datagram|udp|socket|sendto|sendmsg)\b[^\n]{0,80}?\b(?<message>Message too long)\b/i,
    errno: 'from-message',
    phase: 'write',
    generic: true,
    note: 'EMSGSIZE: a datagram larger than UDP allows (64 KiB) or, with the don\'t-fragment bit set, larger than the path MTU. Send smaller messages, or use TCP.',
  },
  {
    id: 'netname-on-file-share',
    keywords: ['the specified network name is no longer available'],
    regex: /(?:\\\\[\w.$-]{1,63}\\|\b(?:robocopy|xcopy|net use|mapped (?:network )?drive|network (?:drive|share|path|folder)|file share|SMB\d?|CIFS|drvfs|9p|wsl\.localhost|Named Pipes Provider)\b)[^\n]{0,200}?\bThe specified network name is no longer available\b|\bThe specified network name is no longer available\b[^\n]{0,200}?(?:\\\\[\w.$-]{1,63}\\|\b(?:robocopy|xcopy|net use|mapped (?:network )?drive|network (?:drive|share|path|folder)|file share|SMB\d?|CIFS|drvfs|9p|wsl\.localhost)\b)/i,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: "ERROR_NETNAME_DELETED (64) on a file share: Windows' SMB client lost its session to the file server; not a socket the program holds.",
  },
  {
    id: 'file-too-many-open',
    keywords: ['too many open files'],
    // The descriptor limit hit by opening a file, with the file's path: Node's `EMFILE: too many open files, open
    // '/path'`, Python's `[Errno 24] Too many open files: '/path'`, Go's `open /path: too many open files`, Java's
    // `FileNotFoundException: /path (Too many open files)`. accept() and socket() failing the same way are socket errors.
    regex: /\bE[MN]FILE: too many open files(?: in system)?, (?:open|scandir|opendir|mkdir|stat|lstat|realpath|readdir|watch|copyfile|access|uv_fs_[a-z]{1,20})\b[^\n]{0,300}|\[Errno 2[34]\] Too many open files(?: in system)?: '[^'\n]{1,300}'|\b(?:open|stat|lstat|mkdir|readdirent) (?:[A-Za-z]:)?[\/\\~.][^:\n]{0,300}: too many open files\b|\bFileNotFoundException: [^\n]{1,300}?\(Too many open files\)/,
    errno: null,
    kind: null,
    quiet: true,
    phase: 'unknown',
    note: 'EMFILE or ENFILE from opening a file (the path is in the line), not from a socket call.',
  },
  {
    id: 'winsock-errno-name',
    keywords: ['wsaeconnreset', 'wsaeconnrefused', 'wsaeconnaborted', 'wsaetimedout', 'wsaehostunreach', 'wsaenetunreach', 'wsaenetdown', 'wsaenetreset', 'wsaeaddrinuse', 'wsaeaddrnotavail', 'wsaenotconn', 'wsaeshutdown', 'wsaenobufs', 'wsaemfile', 'wsaehostdown'],
    // WinSock's names for the socket errors, as pyOpenSSL's SysCallError (`SysCallError(10054, 'WSAECONNRESET')`), Perl,
    // Ruby and C programs on Windows print them: the E-name after WSA is the errno (WSAETIMEDOUT is the connect's
    // ETIMEDOUT, not a program's timer, which the generic timer row would otherwise read in its letters). Not inside a
    // path, URL or identifier, as errno-name (`GET /kb/WSAECONNRESET`, `/srv/kb/WSAECONNABORTED.md`).
    regex: /(?<![\w/.-])WSA(?<name>E(?:CONNRESET|CONNREFUSED|CONNABORTED|TIMEDOUT|HOSTUNREACH|NETUNREACH|NETDOWN|NETRESET|ADDRINUSE|ADDRNOTAVAIL|NOTCONN|SHUTDOWN|NOBUFS|MFILE|HOSTDOWN))(?![\w/-])/,
    errno: 'from-name',
    phase: 'unknown',
    generic: true,
    supersedes: ['generic.timed-out'],
    note: "WinSock's name for the socket error (WSAECONNRESET is 10054, ECONNRESET): the socket call failed with it on Windows.",
  },
  {
    id: 'errno-name',
    keywords: [
      'econn', 'epipe', 'etimedout', 'ehostun', 'ehostdown', 'enetun', 'enetdown', 'enetreset', 'eaddr', 'enotfound',
      'eai_', 'enotconn', 'eproto', 'emfile', 'enfile', 'enobufs', 'eisconn', 'eshutdown', 'ealready', 'einprogress', 'emsgsize',
    ],
    // Not inside a path, URL or identifier (`GET /docs/ECONNRESET-guide`, `ECONNRESET_COUNT`); a minus that starts
    // a word is C's and the kernel's negative return (`ret=-ECONNRESET`, `returned -ETIMEDOUT`).
    regex: /(?:(?<![\w/.-])|(?<=(?:^|[\s=(:,[])-))(?:UV_)?(?<name>E(?:CONN[A-Z]{5,7}|PIPE|TIMEDOUT|HOSTUNREACH|HOSTDOWN|NETUNREACH|NETDOWN|NETRESET|ADDRINUSE|ADDRNOTAVAIL|NOTFOUND|AI_AGAIN|AI_NONAME|AI_NODATA|NOTCONN|PROTO|MFILE|NFILE|NOBUFS|ISCONN|SHUTDOWN|ALREADY|INPROGRESS|MSGSIZE))(?![\w/-])/,
    errno: 'from-name',
    phase: 'unknown',
    generic: true,
    note: 'A bare errno name (or libuv UV_ name) in the text.',
  },
]);
