// Bounded waits for a socket to reach a TCP state, so scenarios act on the kernel's state rather than on guessed delays.
import type { RawSocket } from '../../sys/raw-socket.js';
import type { TcpStateName } from '../../sys/tcp-info.js';
import { pollUntil } from './sleep.js';

/** The socket's TCP state from TCP_INFO, or undefined when the call fails (closed fd). */
export function tcpStateOf(socket: RawSocket): TcpStateName | undefined {
  const info = socket.tcpInfo();
  return info.ok ? info.value.state : undefined;
}

/** Resolves true once `socket` is in `state`, false after `timeoutMs` (or on abort). */
export async function waitForState(socket: RawSocket, state: TcpStateName, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  return (await pollUntil(() => (tcpStateOf(socket) === state ? true : undefined), timeoutMs, 2, signal)) === true;
}
