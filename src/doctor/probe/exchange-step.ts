// Probe step 3: send the optional payload and read the reply until the expected text, the peer's FIN, or the deadline.
import type { Socket } from 'node:net';
import type { ExchangeStep } from '../probe-result.js';
import { stepError } from './step-error.js';

const KEEP = 4096;

/** What to send and what to wait for. */
export interface ExchangeOptions {
  readonly send?: string;
  readonly expect?: string;
  readonly timeoutMs: number;
}

/** Writes `send`, then reads until `expect` shows up (or any reply when nothing is expected), the peer closes, an error, or `timeoutMs` passes. */
export function exchangeStep(socket: Socket, options: ExchangeOptions): Promise<ExchangeStep> {
  const started = performance.now();
  const expect = options.expect ?? null;
  const sent = options.send === undefined ? 0 : Buffer.byteLength(options.send);
  let received = Buffer.alloc(0);
  let total = 0;
  return new Promise((resolve) => {
    let done = false;
    const finish = (peerClosed: boolean, error: ExchangeStep['error']): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.removeAllListeners('data');
      const text = received.toString('utf8');
      resolve({
        sentBytes: sent, expect, received: text, receivedBytes: total,
        matched: expect === null ? null : text.includes(expect), peerClosed,
        ms: Math.round((performance.now() - started) * 10) / 10, error,
      });
    };
    const timer = setTimeout(() => finish(false, null), options.timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (received.length < KEEP) received = Buffer.concat([received, chunk]).subarray(0, KEEP);
      // Without --expect the first reply is the answer; with it, read on until it shows up.
      if (expect === null || received.toString('utf8').includes(expect)) finish(false, null);
    });
    socket.once('end', () => finish(true, null));
    socket.once('error', (error) => finish(false, stepError(error, 'read')));
    if (options.send !== undefined) socket.write(options.send);
  });
}
