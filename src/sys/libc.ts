// Lazy koffi bindings to the libc socket calls; refuses platforms whose constants and layouts are not verified.
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { SocklabError } from '../errors/socklab-error.js';

/** Arches using asm-generic/socket.h with layouts socklab has checked; others (mips, sparc, alpha, parisc, powerpc) differ. */
export const VERIFIED_ARCHES: readonly string[] = ['x64', 'arm64', 'arm', 'riscv64', 'ia32'];

/** struct msghdr for recvmsg with one iovec; koffi writes msg_namelen, msg_controllen and msg_flags back. */
export interface MessageHeader {
  msg_name: Buffer;
  msg_namelen: number;
  msg_iov: { iov_base: Buffer; iov_len: number }[];
  msg_iovlen: number;
  msg_control: Buffer;
  msg_controllen: number;
  msg_flags: number;
}

/** The libc functions socklab calls; every one returns -1 and sets errno on failure (pointer returns: null). */
export interface Libc {
  socket(domain: number, type: number, protocol: number): number;
  bind(fd: number, addr: Buffer, len: number): number;
  listen(fd: number, backlog: number): number;
  accept4(fd: number, addr: Buffer, len: number[], flags: number): number;
  connect(fd: number, addr: Buffer, len: number): number;
  read(fd: number, buf: Buffer, count: number): number;
  write(fd: number, buf: Buffer, count: number): number;
  send(fd: number, buf: Buffer, count: number, flags: number): number;
  recv(fd: number, buf: Buffer, count: number, flags: number): number;
  close(fd: number): number;
  shutdown(fd: number, how: number): number;
  getsockopt(fd: number, level: number, name: number, value: Buffer, len: number[]): number;
  setsockopt(fd: number, level: number, name: number, value: Buffer, len: number): number;
  getsockname(fd: number, addr: Buffer, len: number[]): number;
  getpeername(fd: number, addr: Buffer, len: number[]): number;
  poll(fds: Buffer, nfds: number, timeoutMs: number): number;
  fcntl(fd: number, cmd: number, ...rest: unknown[]): number;
  prctl(option: number, ...rest: unknown[]): number;
  signal(signum: number, handler: null): unknown;
  strerror(errnum: number): string;
  inet_pton(af: number, src: string, dst: Buffer): number;
  inet_ntop(af: number, src: Buffer, dst: Buffer, size: number): unknown;
  pipe(fds: Int32Array): number;
  recvmsg(fd: number, msg: MessageHeader, flags: number): number;
  ioctl(fd: number, request: number, ...rest: unknown[]): number;
  setns(fd: number, nstype: number): number;
  clock_gettime(clock: number, timespec: Buffer): number;
  unshare(flags: number): number;
  splice(fdIn: number, offIn: null, fdOut: number, offOut: null, len: number, flags: number): number;
  pipe2(fds: Int32Array, flags: number): number;
  epoll_create1(flags: number): number;
  epoll_ctl(epfd: number, op: number, fd: number, event: Buffer | null): number;
  epoll_wait(epfd: number, events: Buffer, maxEvents: number, timeoutMs: number): number;
  eventfd(initval: number, flags: number): number;
  socketpair(domain: number, type: number, protocol: number, fds: Int32Array): number;
  getrlimit(resource: number, limit: Buffer): number;
  setrlimit(resource: number, limit: Buffer): number;
}

/** The koffi module type. */
export type Koffi = typeof import('koffi');

let cached: Libc | undefined;
let koffiModule: Koffi | undefined;

/** koffi, required on first use so importing socklab never loads a native module (or fails) on its own. */
export function koffi(): Koffi {
  if (koffiModule !== undefined) return koffiModule;
  assertSupportedPlatform();
  koffiModule = createRequire(import.meta.url)('koffi') as Koffi;
  return koffiModule;
}

/** Throws SOCKLAB_SYS_UNSUPPORTED_PLATFORM unless this is little-endian Linux on a verified arch (buffers are decoded LE). */
export function assertSupportedPlatform(feature = 'socket syscalls'): void {
  if (process.platform !== 'linux' || !VERIFIED_ARCHES.includes(process.arch) || endianness() !== 'LE') {
    throw new SocklabError('SOCKLAB_SYS_UNSUPPORTED_PLATFORM', { feature, platform: `${process.platform}/${process.arch}` });
  }
}

/** The libc bindings, loaded on first use. */
export function libc(): Libc {
  if (cached !== undefined) return cached;
  assertSupportedPlatform();
  const lib = koffi().load('libc.so.6');
  const f = (decl: string): never => lib.func(decl) as never;
  const iovec = koffi().struct('socklab_iovec', { iov_base: 'void *', iov_len: 'size_t' });
  koffi().struct('socklab_msghdr', {
    msg_name: 'void *', msg_namelen: 'uint32_t', msg_iov: koffi().pointer(iovec), msg_iovlen: 'size_t',
    msg_control: 'void *', msg_controllen: 'size_t', msg_flags: 'int',
  });
  cached = {
    socket: f('int socket(int, int, int)'),
    bind: f('int bind(int, const void *, uint32_t)'),
    listen: f('int listen(int, int)'),
    accept4: f('int accept4(int, void *, _Inout_ uint32_t *, int)'),
    connect: f('int connect(int, const void *, uint32_t)'),
    read: f('long read(int, void *, size_t)'),
    write: f('long write(int, const void *, size_t)'),
    send: f('long send(int, const void *, size_t, int)'),
    recv: f('long recv(int, void *, size_t, int)'),
    close: f('int close(int)'),
    shutdown: f('int shutdown(int, int)'),
    getsockopt: f('int getsockopt(int, int, int, void *, _Inout_ uint32_t *)'),
    setsockopt: f('int setsockopt(int, int, int, const void *, uint32_t)'),
    getsockname: f('int getsockname(int, void *, _Inout_ uint32_t *)'),
    getpeername: f('int getpeername(int, void *, _Inout_ uint32_t *)'),
    poll: f('int poll(void *, unsigned long, int)'),
    fcntl: f('int fcntl(int, int, ...)'),
    prctl: f('int prctl(int, ...)'),
    signal: f('void *signal(int, void *)'),
    strerror: f('const char *strerror(int)'),
    inet_pton: f('int inet_pton(int, const char *, void *)'),
    inet_ntop: f('const char *inet_ntop(int, const void *, void *, uint32_t)'),
    pipe: f('int pipe(void *)'),
    recvmsg: f('long recvmsg(int, _Inout_ socklab_msghdr *, int)'),
    ioctl: f('int ioctl(int, unsigned long, ...)'),
    setns: f('int setns(int, int)'),
    clock_gettime: f('int clock_gettime(int, void *)'),
    unshare: f('int unshare(int)'),
    splice: f('long splice(int, void *, int, void *, size_t, unsigned int)'),
    pipe2: f('int pipe2(void *, int)'),
    epoll_create1: f('int epoll_create1(int)'),
    epoll_ctl: f('int epoll_ctl(int, int, int, void *)'),
    epoll_wait: f('int epoll_wait(int, void *, int, int)'),
    eventfd: f('int eventfd(unsigned int, int)'),
    socketpair: f('int socketpair(int, int, int, void *)'),
    getrlimit: f('int getrlimit(int, void *)'),
    setrlimit: f('int setrlimit(int, const void *)'),
  };
  return cached;
}

/** errno of the last failing libc call on this thread (read it right after the call). */
export function lastErrno(): number {
  return koffi().errno();
}
