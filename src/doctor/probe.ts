// probe(): step-by-step diagnosis of one connection: resolve, connect to each address, optional exchange, TCP_INFO, verdict.
import type { Socket } from 'node:net';
import { connectionInfo } from './probe/connection-info.js';
import { connectStep } from './probe/connect-step.js';
import { exchangeStep } from './probe/exchange-step.js';
import { resolveStep } from './probe/resolve-step.js';
import { verdict } from './probe/verdict.js';
import type { ConnectAttempt, ConnectionInfo, ExchangeStep, ProbeResult } from './probe-result.js';

/** Options of probe(). */
export interface ProbeOptions {
  /** Deadline of each connect and of the read, in ms. Default 5000. */
  readonly timeoutMs?: number;
  /** Text written once connected. */
  readonly send?: string;
  /** Text the reply must contain; reading stops when it arrives. */
  readonly expect?: string;
  /** Without send/expect, how long to watch a new connection for a FIN or RST before calling it OK, in ms. Default 200. */
  readonly settleMs?: number;
}

/** Diagnoses a connection to `host`:`port`: the object `socklab probe --json` prints. */
export async function probe(host: string, port: number, options: ProbeOptions = {}): Promise<ProbeResult> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const resolve = await resolveStep(host);
  const connects: ConnectAttempt[] = [];
  let live: Socket | null = null;
  try {
    for (const { address, family } of resolve.addresses) {
      const outcome = await connectStep(address, family, port, timeoutMs);
      connects.push(outcome.attempt);
      if (outcome.socket === null) continue;
      if (live === null) live = outcome.socket;
      else outcome.socket.destroy(); // one live connection is enough for the exchange and TCP_INFO
    }
    let exchange: ExchangeStep | null = null;
    let afterConnect: ExchangeStep | null = null;
    let info: ConnectionInfo | null = null;
    if (live !== null) {
      const settleMs = options.settleMs ?? 200;
      if (options.send !== undefined || options.expect !== undefined) {
        exchange = await exchangeStep(live, {
          timeoutMs,
          ...(options.send === undefined ? {} : { send: options.send }),
          ...(options.expect === undefined ? {} : { expect: options.expect }),
        });
      } else if (settleMs > 0) {
        // A server that accepts and closes at once looks connected to connect(): only a short read tells.
        afterConnect = await exchangeStep(live, { timeoutMs: Math.min(settleMs, timeoutMs) });
      }
      info = connectionInfo(live);
    }
    return { host, port, timeoutMs, resolve, connects, exchange, afterConnect, tcpInfo: info, verdict: verdict(host, port, resolve, connects, exchange ?? afterConnect) };
  } finally {
    live?.destroy();
  }
}
