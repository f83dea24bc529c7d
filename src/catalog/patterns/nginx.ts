// nginx error-log lines: `connect() failed (111: Connection refused) while connecting to upstream`, timeouts, closes.
import { definePatternTable } from '../pattern.js';

// The calls nginx logs as `call() failed (errno: text)`; each, written `call() `, is also a keyword of syscall-failed.
const SYSCALLS = [
  'connect', 'recv', 'send', 'writev', 'readv', 'sendfile', 'accept4', 'accept', 'getsockopt', 'setsockopt', 'shutdown', 'socket', 'bind', 'listen',
  'SSL_read', 'SSL_write', 'SSL_do_handshake',
];

const UPSTREAM = /\bupstream: "(?:[a-z]{2,8}:\/\/)?(?<peer>[\w.:[\]%-]{1,255})/;

/** Patterns for nginx's error log (ngx_http_upstream and friends). */
export const nginx = definePatternTable('nginx', [
  {
    id: 'syscall-failed',
    keywords: SYSCALLS.map((call) => `${call.toLowerCase()}() `),
    // With the address when nginx knows it: `connect() to unix:/run/php-fpm.sock failed (11: ...)`, `socket() [::]:80
    // failed (97: ...)`, `listen() to 0.0.0.0:80, backlog 511 failed (98: ...)`.
    regex: new RegExp(`\\b(?<call>${SYSCALLS.join('|')})\\(\\)(?: to)?(?: [^\\s()]{1,255}(?:, backlog \\d{1,6})?)? failed \\((?<number>\\d{1,5}): [^)]{1,80}\\)`),
    errno: 'from-number',
    phase: 'from-call',
    peerRegex: UPSTREAM,
    note: 'nginx logs the failed syscall with the errno number and strerror; `while connecting to upstream` / `while reading response header from upstream` says which side.',
  },
  {
    id: 'upstream-timed-out',
    keywords: ['upstream timed out'],
    regex: /\bupstream timed out \((?<number>\d{1,5}): [^)]{1,80}\)(?: while (?<call>connecting|reading|sending))?/,
    errno: null,
    kind: 'timer',
    origin: { code: 'ETIMEDOUT' },
    phase: 'from-call',
    peerRegex: UPSTREAM,
    note: "nginx's own timer fired (proxy_connect_timeout, proxy_read_timeout or proxy_send_timeout, 60 s by default); nginx prints it as ETIMEDOUT (110: Connection timed out), but no socket call failed: the kernel did not time out.",
  },
  {
    id: 'upstream-prematurely-closed',
    keywords: ['upstream prematurely closed connection'],
    regex: /\bupstream prematurely closed connection(?: while (?<call>reading|sending))?/,
    errno: null,
    kind: 'peer-closed',
    phase: 'from-call',
    peerRegex: UPSTREAM,
    note: 'The upstream closed the connection (FIN) before sending a complete response: it crashed, restarted, or closed an idle keep-alive connection nginx was reusing. No errno: the read returned 0.',
  },
  {
    id: 'client-prematurely-closed',
    keywords: ['client prematurely closed connection'],
    regex: /\bclient prematurely closed connection\b/,
    errno: null,
    kind: 'peer-closed',
    phase: 'read',
    note: 'The client closed its connection before nginx finished; nginx logs it at info level and access logs show status 499.',
  },
  {
    id: 'no-live-upstreams',
    keywords: ['no live upstreams'],
    regex: /\bno live upstreams while connecting to upstream\b/,
    errno: null,
    kind: null,
    phase: 'connect',
    peerRegex: UPSTREAM,
    note: 'Every server of the upstream group is marked failed (max_fails within fail_timeout), so nginx did not even try to connect; earlier lines show the real errors.',
  },
], { origin: { source: 'proxy' } });
