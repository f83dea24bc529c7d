// Scenario: the errors getsockopt/setsockopt can return, each provoked on a real socket (or said why not).
import { readFileSync } from 'node:fs';
import { SystemCallError } from '../../errors/system-call-error.js';
import { koffi, lastErrno, libc } from '../../sys/libc.js';
import { IPPROTO_IP, IPPROTO_TCP, SOL_SOCKET, SO, TCP } from '../../sys/linux-constants.js';
import { getSockOpt, setSockOpt } from '../../sys/sock-opt.js';
import { rawPair } from '../kit/raw-pair.js';
import { defineScenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';

// Option numbers only this scenario needs (asm-generic/socket.h, linux/in.h, linux/tcp.h).
const IP_MSFILTER = 41;
const TCP_FASTOPEN_CONNECT = 30;
const UNKNOWN_OPTION = 9999;
// An fd number no process here has open: far above anything the scenario process opens.
const NOT_OPEN_FD = 1_000_000;
// A user-space address that is never mapped (the first page): the kernel's copy from it fails, the process does not.
const BAD_POINTER = 8;

/** net.core.optmem_max as this namespace sees it (131072 when unreadable, the usual default). */
function optmemMax(): number {
  try {
    return Number(readFileSync('/proc/sys/net/core/optmem_max', 'utf8').trim()) || 131072;
  } catch {
    return 131072;
  }
}

/** Runs one option call and records `ok` or the errno name it threw. */
function attempt(timeline: Timeline, call: string, why: string, fn: () => unknown): void {
  try {
    fn();
    timeline.call('client', call, 'ok', why);
  } catch (error) {
    if (!(error instanceof SystemCallError)) throw error;
    timeline.call('client', call, error.code, `${why} (${error.message})`);
  }
}

function timeval(seconds: number, micros: number): Buffer {
  const buf = Buffer.alloc(16);
  buf.writeBigInt64LE(BigInt(seconds), 0);
  buf.writeBigInt64LE(BigInt(micros), 8);
  return buf;
}

/** setsockopt with a raw pointer value for optval, which Buffers cannot express. */
function setSockOptAtAddress(fd: number, level: number, name: number, address: number, length: number): void {
  const raw = koffi().load('libc.so.6').func('int setsockopt(int, int, int, uintptr_t, uint32_t)') as (...a: unknown[]) => number;
  if (raw(fd, level, name, address, length) !== 0) throw new SystemCallError('setsockopt', lastErrno());
}

/** Each errno of get/setsockopt on Linux, provoked one by one; EISCONN is shown not to come from these calls. */
export const sockoptErrors = defineScenario({
  id: 'sockopt-errors',
  title: 'getsockopt/setsockopt errors: EBADF, ENOTSOCK, ENOPROTOOPT, EINVAL, EDOM, EFAULT, ENOBUFS',
  articleSays: 'Socket option calls fail with EBADF (not an open fd), ENOTSOCK (not a socket), ENOPROTOOPT (unknown option at that level), EINVAL (bad length or value), EDOM (a timeout out of range), EFAULT (a bad pointer), and ENOBUFS (an option too large for the option memory limit).',
  predicts: [
    { endpoint: 'client', call: 'getsockopt (fd not open)', result: 'EBADF' },
    { endpoint: 'client', call: 'getsockopt (pipe fd)', result: 'ENOTSOCK' },
    { endpoint: 'client', call: 'getsockopt (unknown option)', result: 'ENOPROTOOPT' },
    { endpoint: 'client', call: 'setsockopt (optlen 2)', result: 'EINVAL' },
    { endpoint: 'client', call: 'setsockopt (TCP_KEEPIDLE 0)', result: 'EINVAL' },
    { endpoint: 'client', call: 'setsockopt (SO_RCVTIMEO tv_usec 1000000)', result: 'EDOM' },
    { endpoint: 'client', call: 'setsockopt (optval unmapped)', result: 'EFAULT' },
    { endpoint: 'client', call: 'setsockopt (IP_MSFILTER > optmem_max)', result: 'ENOBUFS' },
    { endpoint: 'client', call: 'connect (already connected)', result: 'EISCONN' },
  ],
  defaultsMs: 'as-in-lab',
  withDefaults: 'immediate: every one fails inside the system call',
  needs: ['netns'],
  async run({ timeline, sandbox }) {
    const pair = await rawPair(timeline, sandbox);
    const fd = pair.client.fd;
    attempt(timeline, 'getsockopt (fd not open)', `fd ${NOT_OPEN_FD}: no open file has that number`, () => getSockOpt(NOT_OPEN_FD, SOL_SOCKET, SO.ERROR));
    const fds = new Int32Array(2);
    if (libc().pipe(fds) !== 0) throw new SystemCallError('pipe', lastErrno());
    attempt(timeline, 'getsockopt (pipe fd)', 'a pipe is a file but not a socket', () => getSockOpt(fds[0]!, SOL_SOCKET, SO.ERROR));
    for (const pipeFd of fds) libc().close(pipeFd);
    attempt(timeline, 'getsockopt (unknown option)', `SOL_SOCKET option ${UNKNOWN_OPTION}`, () => getSockOpt(fd, SOL_SOCKET, UNKNOWN_OPTION));
    attempt(timeline, 'getsockopt (unknown option)', `IPPROTO_TCP option ${UNKNOWN_OPTION}`, () => getSockOpt(fd, IPPROTO_TCP, UNKNOWN_OPTION));
    attempt(timeline, 'setsockopt (optlen 2)', 'SO_KEEPALIVE with a 2-byte value: sk_setsockopt wants an int', () => setSockOpt(fd, SOL_SOCKET, SO.KEEPALIVE, Buffer.alloc(2)));
    attempt(timeline, 'setsockopt (TCP_KEEPIDLE 0)', 'TCP_KEEPIDLE must be 1..32767 s', () => setSockOpt(fd, IPPROTO_TCP, TCP.KEEPIDLE, 0));
    attempt(timeline, 'setsockopt (TCP_KEEPIDLE 0)', 'TCP_KEEPIDLE -5', () => setSockOpt(fd, IPPROTO_TCP, TCP.KEEPIDLE, -5));
    attempt(timeline, 'setsockopt (SO_RCVTIMEO tv_usec 1000000)', 'struct timeval {1, 1000000}: sock_set_timeout wants 0 <= tv_usec < 1000000', () => setSockOpt(fd, SOL_SOCKET, SO.RCVTIMEO, timeval(1, 1_000_000)));
    attempt(timeline, 'setsockopt (SO_RCVTIMEO tv_usec 1000000)', 'struct timeval {1, -1}', () => setSockOpt(fd, SOL_SOCKET, SO.RCVTIMEO, timeval(1, -1)));
    attempt(timeline, 'setsockopt (optval unmapped)', `SO_KEEPALIVE read from address ${BAD_POINTER}: copy_from_sockptr fails, no signal`, () => setSockOptAtAddress(fd, SOL_SOCKET, SO.KEEPALIVE, BAD_POINTER, 4));
    const optmem = optmemMax();
    attempt(timeline, 'setsockopt (IP_MSFILTER > optmem_max)', `IP_MSFILTER with ${optmem + 8} bytes, more than net.core.optmem_max`, () => setSockOpt(fd, IPPROTO_IP, IP_MSFILTER, Buffer.alloc(optmem + 8)));
    attempt(timeline, 'setsockopt (TCP_FASTOPEN_CONNECT, connected)', 'looking for EISCONN: fast open on a connected socket', () => setSockOpt(fd, IPPROTO_TCP, TCP_FASTOPEN_CONNECT, 1));
    // The first repeat only completes the non-blocking connect's bookkeeping (SS_CONNECTING -> SS_CONNECTED) and returns 0.
    for (const when of ['first repeat: finishes the non-blocking connect', 'second repeat: where EISCONN does come from']) {
      const again = pair.client.connect(sandbox.hosts.server, pair.port);
      timeline.call('client', 'connect (already connected)', again.ok ? 'ok' : again.code, when);
    }
    timeline.note(`EISCONN is not returned by the TCP/IPv4 get/setsockopt paths tried here; it belongs to connect() on a connected socket`);
    for (const s of [pair.client, pair.server, pair.listener]) s.close();
  },
});
