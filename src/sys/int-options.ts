// The int-valued socket options socklab scenarios use: TCP_NODELAY, TCP_USER_TIMEOUT, SO_RCVBUF/SO_SNDBUF, IP_RECVERR.
import { fdOf, type SocketTarget } from './fd-of.js';
import { IPPROTO_IP, IPPROTO_IPV6, IPPROTO_TCP, IP_RECVERR, IPV6_RECVERR, SOL_SOCKET, SO, TCP } from './linux-constants.js';
import { socketFamily } from './sockaddr.js';
import { getIntOpt, setSockOpt } from './sock-opt.js';

/** Sets TCP_NODELAY (true disables Nagle's algorithm). */
export function setNoDelay(target: SocketTarget, on: boolean): void {
  setSockOpt(target, IPPROTO_TCP, TCP.NODELAY, on ? 1 : 0);
}

/** Reads TCP_NODELAY. */
export function getNoDelay(target: SocketTarget): boolean {
  return getIntOpt(target, IPPROTO_TCP, TCP.NODELAY) !== 0;
}

/** Sets TCP_USER_TIMEOUT: ms unacknowledged data may wait before the kernel drops the connection (ETIMEDOUT); 0 = default. */
export function setUserTimeout(target: SocketTarget, ms: number): void {
  setSockOpt(target, IPPROTO_TCP, TCP.USER_TIMEOUT, ms);
}

/** Reads TCP_USER_TIMEOUT in milliseconds. */
export function getUserTimeout(target: SocketTarget): number {
  return getIntOpt(target, IPPROTO_TCP, TCP.USER_TIMEOUT);
}

/** Sets SO_RCVBUF (the kernel doubles the value for bookkeeping; read it back to see what applies). */
export function setRecvBufferSize(target: SocketTarget, bytes: number): void {
  setSockOpt(target, SOL_SOCKET, SO.RCVBUF, bytes);
}

/** Reads SO_RCVBUF. */
export function getRecvBufferSize(target: SocketTarget): number {
  return getIntOpt(target, SOL_SOCKET, SO.RCVBUF);
}

/** Sets SO_SNDBUF (doubled by the kernel, like SO_RCVBUF). */
export function setSendBufferSize(target: SocketTarget, bytes: number): void {
  setSockOpt(target, SOL_SOCKET, SO.SNDBUF, bytes);
}

/** Reads SO_SNDBUF. */
export function getSendBufferSize(target: SocketTarget): number {
  return getIntOpt(target, SOL_SOCKET, SO.SNDBUF);
}

/** Sets IP_RECVERR (IPV6_RECVERR on IPv6 sockets): ICMP errors reach the socket as hard errors. */
export function setRecvErr(target: SocketTarget, on: boolean): void {
  const [level, name] = recvErrOption(target);
  setSockOpt(target, level, name, on ? 1 : 0);
}

/** Reads IP_RECVERR (IPV6_RECVERR on IPv6 sockets). */
export function getRecvErr(target: SocketTarget): boolean {
  const [level, name] = recvErrOption(target);
  return getIntOpt(target, level, name) !== 0;
}

function recvErrOption(target: SocketTarget): readonly [number, number] {
  return socketFamily(fdOf(target)) === 6 ? [IPPROTO_IPV6, IPV6_RECVERR] : [IPPROTO_IP, IP_RECVERR];
}
