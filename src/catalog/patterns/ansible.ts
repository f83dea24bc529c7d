// Ansible's ssh connection plugin: ssh run with `-o ConnectTimeout=<timeout>`, so its connect timeouts are Ansible's timer.
import { definePatternTable } from '../pattern.js';

/** Patterns for Ansible's `UNREACHABLE!` results. */
export const ansible = definePatternTable('ansible', [
  {
    id: 'ssh-connect-timer',
    keywords: ['to connect to the host via ssh'],
    // `UNREACHABLE! => {"msg": "Failed to connect to the host via ssh: ssh: connect to host 192.0.2.7 port 22: Connection
    // timed out"}`. Ansible always passes ConnectTimeout (its `timeout` setting, 10 s by default), and ssh ends a connect
    // that outlasts it with ETIMEDOUT's text; the kernel's own SYN retries would take about two minutes. Other errnos
    // (`No route to host`, `Connection refused`) are the kernel's and stay with the ssh and strerror rows; a timeout `during
    // banner exchange` came after the connect, and ssh's banner row says so.
    regex: /\bFailed ?to connect to the host via ssh: (?:ssh: connect to host [^\n]{1,300}? port \d{1,5}: )?(?:Connection|Operation) timed out\b(?! during banner exchange)/,
    supersedes: ['ssh.connect-to-host', 'libc.strerror'],
    errno: null,
    kind: 'timer',
    origin: { by: 'ansible (ssh ConnectTimeout)' },
    phase: 'connect',
    note: "Ansible's connect timer (its `timeout` setting, passed to ssh as ConnectTimeout, 10 s by default) expired before the host answered: the host down or still booting, port 22 filtered, or a slow path. Raise `timeout` in ansible.cfg if the host is merely slow; not the kernel giving up.",
  },
]);
