// TCP keepalive as one setting: SO_KEEPALIVE plus TCP_KEEPIDLE, TCP_KEEPINTVL and TCP_KEEPCNT.
import type { SocketTarget } from './fd-of.js';
import { IPPROTO_TCP, SOL_SOCKET, SO, TCP } from './linux-constants.js';
import { getIntOpt, setSockOpt } from './sock-opt.js';

/** Keepalive settings; omitted numbers keep the socket's current (by default the sysctl) value. */
export interface KeepAliveOptions {
  readonly enable: boolean;
  /** Idle time before the first probe (TCP_KEEPIDLE), seconds. */
  readonly idleSeconds?: number;
  /** Time between probes (TCP_KEEPINTVL), seconds. */
  readonly intervalSeconds?: number;
  /** Unanswered probes before the connection is dropped with ETIMEDOUT (TCP_KEEPCNT). */
  readonly count?: number;
}

/** The keepalive settings as the kernel reports them. */
export interface KeepAliveState {
  readonly enable: boolean;
  readonly idleSeconds: number;
  readonly intervalSeconds: number;
  readonly count: number;
}

/** Sets SO_KEEPALIVE and any given TCP_KEEP* values; throws SystemCallError on failure. */
export function setKeepAlive(target: SocketTarget, options: KeepAliveOptions): void {
  if (options.idleSeconds !== undefined) setSockOpt(target, IPPROTO_TCP, TCP.KEEPIDLE, options.idleSeconds);
  if (options.intervalSeconds !== undefined) setSockOpt(target, IPPROTO_TCP, TCP.KEEPINTVL, options.intervalSeconds);
  if (options.count !== undefined) setSockOpt(target, IPPROTO_TCP, TCP.KEEPCNT, options.count);
  setSockOpt(target, SOL_SOCKET, SO.KEEPALIVE, options.enable ? 1 : 0);
}

/** Reads SO_KEEPALIVE, TCP_KEEPIDLE, TCP_KEEPINTVL and TCP_KEEPCNT. */
export function getKeepAlive(target: SocketTarget): KeepAliveState {
  return {
    enable: getIntOpt(target, SOL_SOCKET, SO.KEEPALIVE) !== 0,
    idleSeconds: getIntOpt(target, IPPROTO_TCP, TCP.KEEPIDLE),
    intervalSeconds: getIntOpt(target, IPPROTO_TCP, TCP.KEEPINTVL),
    count: getIntOpt(target, IPPROTO_TCP, TCP.KEEPCNT),
  };
}
