// OpenSSH messages: `Connection closed by HOST port N`, `Connection reset by HOST port N`, connect errors, sshd's closes.
import { definePatternTable } from '../pattern.js';

/** Patterns for OpenSSH's ssh, scp and sftp (and git over ssh), and its server sshd. */
export const ssh = definePatternTable('ssh', [
  {
    id: 'closed-by',
    keywords: ['connection closed by '],
    regex: /\bConnection closed by (?<host>(?!remote host|foreign host)[\w.:%-]{1,255}) port (?<port>\d{1,5})/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'The server closed the connection (read returned end-of-file): before the banner it is often a firewall or proxy, or MaxStartups; after authentication, the server ended the session.',
  },
  {
    id: 'no-identification',
    keywords: ['did not receive identification string'],
    // sshd's log when a client connected and closed (read returned end-of-file) before sending its version banner.
    regex: /\bDid not receive identification string from\b(?: (?<host>[\w.:%-]{1,255})(?: port (?<port>\d{1,5}))?)?/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: "sshd: the client (the address shown) opened a TCP connection and closed it without sending an SSH banner: a port scanner, a load balancer's or monitor's TCP health check, a tool probing whether the port is open, or a client that gave up at once.",
  },
  {
    id: 'reset-by',
    keywords: ['connection reset by '],
    regex: /\bConnection reset by (?<host>(?!peer)[\w.:%-]{1,255}) port (?<port>\d{1,5})/,
    errno: 'ECONNRESET',
    phase: 'read',
    note: "OpenSSH's wording for ECONNRESET on read, with the server's address: an RST from the server or a middlebox.",
  },
  {
    id: 'connect-to-host',
    keywords: ['connect to host '],
    regex: /\bssh: connect to host (?<host>[\w.:%-]{1,255}) port (?<port>\d{1,5}): (?<message>[A-Z][A-Za-z ]{2,60}[a-z])/,
    errno: 'from-message',
    phase: 'connect',
    note: "ssh's connect() failed with this errno (`Connection timed out` is the kernel's SYN retries unless ConnectTimeout is set).",
  },
  {
    id: 'banner-timeout',
    keywords: ['timed out during banner exchange'],
    // ssh waits for the server's version banner only as long as ConnectTimeout allows; without it there is no such timer.
    regex: /\bConnection timed out during banner exchange\b/,
    supersedes: ['libc.strerror'],
    errno: null,
    kind: 'timer',
    phase: 'read',
    note: "ssh's ConnectTimeout expired while it waited for the server's SSH banner: the TCP connection was up, but nothing answered on it in time (an overloaded sshd or MaxStartups, a jump host or proxy in between, or something other than sshd on the port). ssh's own timer, not the kernel's ETIMEDOUT.",
  },
]);
