// Reads and parses /proc/net/tcp and /proc/net/tcp6: one row per socket of this network namespace.
import { readFileSync } from 'node:fs';
import { tcpStateFromCode, type TcpState } from './tcp-state.js';

/** Which kernel timer is armed on a socket (the `tr` column; net/ipv4/tcp_ipv4.c: get_tcp4_sock()). */
export type SocketTimer = 'none' | 'retransmit' | 'keepalive' | 'time-wait' | 'zero-window-probe';

/** One TCP socket as /proc/net/tcp{,6} shows it. */
export interface TcpSocket {
  readonly family: 4 | 6;
  readonly localAddress: string;
  readonly localPort: number;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly state: TcpState;
  /** Bytes sent and not yet acknowledged (write_seq - snd_una). */
  readonly sendQueue: number;
  /** Bytes received and not read by the application; for LISTEN, connections waiting in the accept queue. */
  readonly recvQueue: number;
  readonly timer: SocketTimer;
  /** Milliseconds until the timer fires (negative when overdue). */
  readonly timerMs: number;
  /** Consecutive unanswered retransmissions (icsk_retransmits); for SYN_SENT, SYN retries. */
  readonly retransmits: number;
  readonly uid: number;
  /** The socket inode that /proc/<pid>/fd links name (`socket:[inode]`); 0 when no file owns it (orphan, TIME_WAIT). */
  readonly inode: number;
  /** The retransmission timeout in ms, when the kernel prints it (not for TIME_WAIT and SYN_RECV rows). */
  readonly rtoMs: number | null;
}

const TIMERS: readonly SocketTimer[] = ['none', 'retransmit', 'keepalive', 'time-wait', 'zero-window-probe'];
// /proc prints times as clock_t, USER_HZ (100) ticks: 10 ms each.
const TICK_MS = 10;

function hexByteSwapped(word: string): string {
  return word.slice(6, 8) + word.slice(4, 6) + word.slice(2, 4) + word.slice(0, 2);
}

function ipv4(hex: string): string {
  const n = parseInt(hex, 16);
  // The kernel prints the 32-bit address in host byte order: on little-endian hosts the first octet is the low byte.
  return `${n & 255}.${(n >>> 8) & 255}.${(n >>> 16) & 255}.${n >>> 24}`;
}

function ipv6(hex: string): string {
  const bytes = hexByteSwapped(hex.slice(0, 8)) + hexByteSwapped(hex.slice(8, 16)) + hexByteSwapped(hex.slice(16, 24)) + hexByteSwapped(hex.slice(24, 32));
  // /proc prints upper-case hex; an IPv4-mapped address reads best as ::ffff:a.b.c.d, as Node and ss show it.
  if (bytes.toLowerCase().startsWith('00000000000000000000ffff')) return `::ffff:${ipv4(hex.slice(24, 32))}`;
  const groups: string[] = [];
  for (let i = 0; i < 32; i += 4) groups.push(parseInt(bytes.slice(i, i + 4), 16).toString(16));
  const text = groups.join(':');
  // Compress the longest run of zero groups once, as inet_ntop does.
  const runs = text.match(/(^|:)0(:0)+(:|$)/g);
  if (runs === null) return text;
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a));
  return text.replace(longest, '::');
}

/** Parses the text of /proc/net/tcp (family 4) or /proc/net/tcp6 (family 6); unknown lines are skipped. */
export function parseProcNetTcp(text: string, family: 4 | 6): TcpSocket[] {
  const rows: TcpSocket[] = [];
  const decode = family === 4 ? ipv4 : ipv6;
  // Most sockets share a few addresses: decode each hex address once.
  const cache = new Map<string, string>();
  const address = (hex: string): string => {
    let text = cache.get(hex);
    if (text === undefined) cache.set(hex, (text = decode(hex)));
    return text;
  };
  const width = family === 4 ? 8 : 32;
  let start = text.indexOf('\n') + 1; // skip the header line
  while (start > 0 && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // get_tcp4_sock() prints "%4d: %08X:%04X %08X:%04X %02X %08X:%08X %02X:%08lX ...": fixed widths after the "sl:".
    let p = text.indexOf(':', start) + 2;
    start = end + 1;
    if (p < 2 || end - p < 2 * width + 40) continue;
    const local = text.slice(p, p + width);
    const localPort = parseInt(text.slice(p + width + 1, p + width + 5), 16);
    p += width + 6;
    const remote = text.slice(p, p + width);
    const remotePort = parseInt(text.slice(p + width + 1, p + width + 5), 16);
    p += width + 6;
    const state = tcpStateFromCode(parseInt(text.slice(p, p + 2), 16));
    if (state === undefined) continue;
    const sendQueue = parseInt(text.slice(p + 3, p + 11), 16);
    const recvQueue = parseInt(text.slice(p + 12, p + 20), 16);
    const timer = TIMERS[parseInt(text.slice(p + 21, p + 23), 16)] ?? 'none';
    // The timer's expiry is %08lX of a signed delta: 16 digits when negative, so split the rest on spaces.
    const f = text.slice(p + 24, end).trim().split(/ +/);
    if (f.length < 5) continue;
    rows.push({
      family,
      localAddress: address(local),
      localPort,
      remoteAddress: address(remote),
      remotePort,
      state,
      sendQueue,
      recvQueue,
      timer,
      timerMs: (parseInt(f[0] as string, 16) | 0) * TICK_MS,
      retransmits: parseInt(f[1] as string, 16),
      uid: Number(f[2]),
      inode: Number(f[4]),
      rtoMs: f.length >= 8 && state !== 'SYN_RECV' && state !== 'NEW_SYN_RECV' ? Number(f[7]) * TICK_MS : null,
    });
  }
  return rows;
}

function readOptional(path: string): string {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    return ''; // no IPv6 in this kernel or namespace: no rows
  }
}

/** Every TCP socket of this process's network namespace, IPv4 then IPv6. */
export function readTcpSockets(procRoot = '/proc'): TcpSocket[] {
  return [...parseProcNetTcp(readOptional(`${procRoot}/net/tcp`), 4), ...parseProcNetTcp(readOptional(`${procRoot}/net/tcp6`), 6)];
}
