// The Linux kernel's own log lines (dmesg, journal): subsystems printing a negative errno; full connection tables and listen queues.
import { definePatternTable } from '../pattern.js';

// How kernel messages print a return value before its minus sign (`error -107`, `result -104`, `return code = -111`):
// the keywords join each to the socket errnos' first digits, so that scan's prefilter stays specific.
const RETURNED = ['error ', 'error=', 'error: ', 'err ', 'err=', 'ret=', 'rc=', 'returned ', 'result ', '= '];

/** Patterns for kernel messages about the kernel's own network clients and servers. */
export const kernel = definePatternTable('kernel', [
  {
    id: 'negative-errno',
    keywords: RETURNED.flatMap((word) => ['-32', '-98', '-99', '-10', '-11'].map((minus) => `${word}${minus}`)),
    // A kernel function returns -errno and its callers log it as is (`error -107`, `result -104`, `return code = -111`).
    // Only beside a subsystem that speaks TCP, and only the socket errnos (EPIPE, 98 to 113): a USB or MMC driver's
    // `error -110` is its own bus timing out, and a bare negative number is nobody's errno.
    regex: /\b(?:CIFS|SMB\d?|ksmbd|NFSD?|nfsd?|sunrpc|RPC|rpc|iscsid?|libceph|ceph|nbd\d{0,3}|drbd|TCP|tcp|socket|sock)\b[^\n]{0,160}?\b(?:error|err|ret|rc|returned|result|return code)(?: in \w{1,30})? ?[=:]? ?\(?-(?<number>32|9[89]|10\d|11[0-3])\b/,
    errno: 'from-number',
    platform: 'linux',
    phase: 'unknown',
    note: "A kernel subsystem that holds its own TCP connections (the SMB or NFS client, iSCSI, Ceph, NBD) logged the negative errno a socket call returned: -104 is ECONNRESET, -107 ENOTCONN (the connection was already gone), -110 ETIMEDOUT, -111 ECONNREFUSED.",
  },
  {
    id: 'nfs-not-responding',
    keywords: ['nfs: server '],
    // The NFS client's RPC retransmit timer (timeo, retrans): `still trying` on a hard mount, `timed out` on a soft one.
    regex: /\bnfs: server (?<host>[\w.:[\]-]{1,255}) not responding\b/,
    errno: null,
    kind: 'timer',
    origin: { by: 'the kernel NFS client' },
    phase: 'read',
    note: "The kernel's NFS client got no RPC reply within its timeout (the mount's timeo and retrans): the server is down, overloaded or unreachable. A hard mount keeps trying and logs `server ... OK` when it answers again.",
  },
  {
    id: 'smb-not-responding',
    keywords: ['has not responded in '],
    // The kernel's SMB client sends an echo request every echo_interval (60 s by default) on an idle connection and
    // gives up after two intervals without an answer: `CIFS VFS: Server 10.0.0.5 has not responded in 120 seconds.
    // Reconnecting...` (newer kernels: `CIFS: VFS: \\fs01 has not responded in 180 seconds. Reconnecting...`).
    regex: /\bCIFS:? VFS: (?:Server |\\\\)(?<host>[^\s]{1,255}) has not responded in \d{1,6} seconds\b/,
    errno: null,
    kind: 'timer',
    origin: { by: 'the kernel SMB client' },
    phase: 'read',
    note: "The kernel's SMB client got no answer to its echo requests for two echo intervals (mount option echo_interval, 60 s by default) and tears the connection down to reconnect: the server is down, hung or unreachable, or something in between drops the idle connection. Check the server and the path to it; open files see I/O wait or errors meanwhile.",
  },
  {
    id: 'table-full',
    keywords: [
      'conntrack: table full', 'neighbor table overflow', 'neighbour table overflow', 'time wait bucket table overflow',
      'out of memory -- consider tuning tcp_mem',
    ],
    // A kernel table with one entry per connection or neighbour is full: netfilter's connection tracking (nf_conntrack_max),
    // the ARP/NDP neighbour cache (gc_thresh3), the TIME_WAIT buckets (tcp_max_tw_buckets). A line cut short after `table
    // full,` still says so. TCP's memory budget for all sockets' buffers (tcp_mem, in pages) is spent: `TCP: out of memory
    // -- consider tuning tcp_mem` (`tcp: out of memory` in some copies).
    regex: /\b(?:nf|ip)_conntrack: table full\b(?:, dropping packet\b)?|\bneighbou?r table overflow\b|\bTCP: time wait bucket table overflow\b|\bTCP: out of memory -- consider tuning tcp_mem/i,
    errno: null,
    kind: 'resource-limit',
    origin: { by: 'the kernel' },
    phase: 'unknown',
    note: "A kernel table is full and the kernel drops what does not fit: conntrack's table (new connections' packets are dropped, so clients see timeouts; raise net.netfilter.nf_conntrack_max or shorten its timeouts), the neighbour cache (gc_thresh3), the TIME_WAIT buckets (tcp_max_tw_buckets), or TCP's memory for socket buffers (net.ipv4.tcp_mem: the kernel drops data and may reset connections; find what holds unread or unsent data, or raise it). No socket call fails with an errno.",
  },
  {
    id: 'listen-overflow',
    keywords: ['possible syn flooding on port', 'listen queue overflow'],
    // Linux's `TCP: request_sock_TCP: Possible SYN flooding on port 8080. Sending cookies.` (older kernels in lower case:
    // `possible SYN flooding on port 80. Sending cookies.`), FreeBSD's `sonewconn: pcb 0x...: Listen queue overflow: 193
    // already in queue awaiting acceptance`.
    regex: /\b[Pp]ossible SYN flooding on port (?:[\w.:[\]-]{1,255}:)?(?<port>\d{1,5})\b|\bListen queue overflow: \d{1,9} already in queue awaiting acceptance\b/,
    errno: null,
    kind: 'resource-limit',
    origin: { by: 'the kernel' },
    phase: 'accept',
    note: "A listening socket's queue overflowed: connections arrive faster than the program accepts them, or the backlog (listen()'s argument, capped by net.core.somaxconn and tcp_max_syn_backlog) is small. Linux then answers with SYN cookies or drops SYNs, and clients see slow or timed-out connects; a real SYN flood looks the same.",
  },
]);
