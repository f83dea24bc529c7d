// TCP keepalive for application sockets in milliseconds: sub-second times rounded up to the kernel's seconds, read back.
import type { Socket } from 'node:net';
import { getKeepAlive, setKeepAlive as setKernelKeepAlive } from '../sys/keep-alive.js';
import { optionInRange } from './option-in-range.js';
import { whenConnected } from './when-connected.js';

/** Keepalive times in milliseconds; an omitted interval or count keeps the socket's (by default the sysctl's) value. */
export interface KeepAliveOptions {
  /** Idle time before the first probe (TCP_KEEPIDLE). */
  readonly idle: number;
  /** Time between unanswered probes (TCP_KEEPINTVL). */
  readonly interval?: number;
  /** Unanswered probes before the kernel drops the connection with ETIMEDOUT (TCP_KEEPCNT). */
  readonly count?: number;
}

/** The keepalive settings the kernel holds for a socket, read back with getsockopt. */
export interface KeepAliveSettings {
  readonly enabled: boolean;
  readonly idleMs: number;
  readonly intervalMs: number;
  readonly count: number;
  /** How long after the last data a silent peer is declared dead: idle + interval x count (when enabled). */
  readonly deadAfterMs: number;
}

// linux/tcp.h: MAX_TCP_KEEPIDLE and MAX_TCP_KEEPINTVL are 32767 s, MAX_TCP_KEEPCNT 127.
const MAX_SECONDS = 32_767;
const MAX_COUNT = 127;

/**
 * The kernel's whole seconds for a time in ms: rounded up, so never 0 (TCP_KEEPIDLE 0 is EINVAL, which is how Node's
 * `setKeepAlive(true, 500)` ends up leaving the 2 h default) and never shorter than asked.
 */
export function keepAliveSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Checks keepalive options before any system call (SOCKLAB_NET_BAD_OPTION). */
export function checkKeepAlive(options: KeepAliveOptions): void {
  const ms = { above: 0, max: MAX_SECONDS * 1000, accepts: `milliseconds above 0, at most ${MAX_SECONDS * 1000}` };
  optionInRange('keepAlive idle', options.idle, ms);
  if (options.interval !== undefined) optionInRange('keepAlive interval', options.interval, ms);
  if (options.count !== undefined) optionInRange('keepAlive count', options.count, { min: 1, max: MAX_COUNT, integer: true, accepts: `a whole number of probes from 1 to ${MAX_COUNT}` });
}

/** Sets keepalive on a connected socket now (false turns it off) and returns what the kernel holds. */
export function applyKeepAlive(socket: Socket, options: KeepAliveOptions | false): KeepAliveSettings {
  if (options === false) setKernelKeepAlive(socket, { enable: false });
  else {
    checkKeepAlive(options);
    setKernelKeepAlive(socket, {
      enable: true,
      idleSeconds: keepAliveSeconds(options.idle),
      ...(options.interval === undefined ? {} : { intervalSeconds: keepAliveSeconds(options.interval) }),
      ...(options.count === undefined ? {} : { count: options.count }),
    });
  }
  return keepAliveOf(socket);
}

/** The keepalive settings of a connected socket, as the kernel holds them. */
export function keepAliveOf(socket: Socket): KeepAliveSettings {
  const state = getKeepAlive(socket);
  const idleMs = state.idleSeconds * 1000;
  const intervalMs = state.intervalSeconds * 1000;
  return { enabled: state.enable, idleMs, intervalMs, count: state.count, deadAfterMs: idleMs + intervalMs * state.count };
}

/**
 * Turns TCP keepalive on with these times (in ms; sub-second ones rounded up to whole seconds, at least 1 s), or off
 * with `false`, once the socket is connected, and resolves to what the kernel really set.
 */
export async function setKeepAlive(socket: Socket, options: KeepAliveOptions | false): Promise<KeepAliveSettings> {
  if (options !== false) checkKeepAlive(options);
  await whenConnected(socket);
  return applyKeepAlive(socket, options);
}
