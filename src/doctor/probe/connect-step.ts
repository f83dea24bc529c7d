// Probe step 2: connect() to one address with a deadline, keeping the socket open when it succeeds.
import { connect, type Socket } from 'node:net';
import type { ConnectAttempt } from '../probe-result.js';
import { stepError, timeoutError } from './step-error.js';

/** A connect attempt and, when it connected, the live socket (the caller closes it). */
export interface ConnectOutcome {
  readonly attempt: ConnectAttempt;
  readonly socket: Socket | null;
}

/** Connects to `address`:`port`; gives up after `timeoutMs` with a probe-timeout error. */
export function connectStep(address: string, family: 4 | 6, port: number, timeoutMs: number): Promise<ConnectOutcome> {
  const started = performance.now();
  const elapsed = (): number => Math.round((performance.now() - started) * 10) / 10;
  return new Promise((resolve) => {
    // allowHalfOpen: a FIN from the server leaves this side in CLOSE_WAIT, where TCP_INFO can still show it.
    const socket = connect({ host: address, port, family, noDelay: true, allowHalfOpen: true });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ socket: null, attempt: { address, family, ms: elapsed(), connected: false, local: null, error: timeoutError('connect', timeoutMs, 'answer to the SYN') } });
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      const local = `${socket.localAddress ?? '?'}:${socket.localPort ?? '?'}`;
      resolve({ socket, attempt: { address, family, ms: elapsed(), connected: true, local, error: null } });
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ socket: null, attempt: { address, family, ms: elapsed(), connected: false, local: null, error: stepError(error, 'connect') } });
    });
  });
}
