// TCP_USER_TIMEOUT for application sockets: how long sent data may stay unacknowledged before the kernel gives up.
import type { Socket } from 'node:net';
import { getUserTimeout, setUserTimeout as setKernelUserTimeout } from '../sys/int-options.js';
import { optionInRange } from './option-in-range.js';
import { whenConnected } from './when-connected.js';

const INT_MAX = 2_147_483_647;

/** Checks a user timeout before any system call (SOCKLAB_NET_BAD_OPTION). */
export function checkUserTimeout(ms: number): void {
  optionInRange('userTimeout', ms, { min: 0, max: INT_MAX, integer: true, accepts: `whole milliseconds from 0 (the kernel's default) to ${INT_MAX}` });
}

/** Sets TCP_USER_TIMEOUT on a connected socket now and returns the value the kernel holds, in ms. */
export function applyUserTimeout(socket: Socket, ms: number): number {
  checkUserTimeout(ms);
  setKernelUserTimeout(socket, ms);
  return getUserTimeout(socket);
}

/**
 * Sets TCP_USER_TIMEOUT once the socket is connected: data unacknowledged for `ms` (and, with keepalive on, probes
 * unanswered for `ms`) end the connection with ETIMEDOUT; 0 restores the kernel's default (tcp_retries2). Resolves
 * to the value read back.
 */
export async function setUserTimeout(socket: Socket, ms: number): Promise<number> {
  checkUserTimeout(ms);
  await whenConnected(socket);
  return applyUserTimeout(socket, ms);
}
