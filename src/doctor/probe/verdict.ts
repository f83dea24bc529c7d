// Probe step 5: the verdict, from the first failure that explains the outcome.
import { errnoLink } from '../errno-link.js';
import type { ConnectAttempt, ExchangeStep, ResolveStep, Verdict, VerdictCode } from '../probe-result.js';

const FAILURES: Readonly<Record<string, VerdictCode>> = {
  ECONNREFUSED: 'refused', ETIMEDOUT: 'timeout', EHOSTUNREACH: 'unreachable', ENETUNREACH: 'unreachable', ECONNRESET: 'reset',
};

function connectFailure(target: string, failed: readonly ConnectAttempt[]): Verdict {
  const first = failed[0];
  const error = first?.error ?? null;
  const code = FAILURES[error?.code ?? ''] ?? 'failed';
  const why: Record<string, string> = {
    refused: `nothing listens on ${target}: the host answered the SYN with RST (ECONNREFUSED)`,
    timeout: error?.source === 'probe-timeout'
      ? `${target} never answered the SYN within the timeout: a firewall drops it or the host is down; connect() would fail with ETIMEDOUT after the kernel's SYN retries`
      : `${target} never answered the SYN: the kernel gave up after its SYN retries (ETIMEDOUT); a firewall drops it or the host is down`,
    unreachable: `no route to ${target} (${error?.code ?? ''}): an ICMP unreachable or no local route`,
    // A refused SYN is ECONNREFUSED; a reset during connect means the handshake completed and the server aborted at once.
    reset: `${target} completed the handshake, then reset the connection before connect() returned (RST): an accept-and-abort server (SO_LINGER 0, a crashed handler, or a limit that aborts)`,
  };
  return { ok: false, code, summary: why[code] ?? `connect to ${target} failed with ${error?.code ?? 'an error'}`, errno: error?.errno ?? null };
}

function closedAtOnce(target: string, step: ExchangeStep, partial: string): Verdict {
  const after = `${step.sentBytes > 0 ? `after ${step.sentBytes} bytes sent, ` : ''}within ${step.ms} ms`;
  if (step.peerClosed) {
    return {
      ok: false, code: 'peer-closed', errno: null,
      summary: `${target} accepted the connection, then closed it ${after} (FIN) without a byte: an accept-and-close server (connection limit, access rule, or a handler that exits); clients read EOF, and a later write fails with EPIPE or ECONNRESET${partial}`,
    };
  }
  return {
    ok: false, code: 'reset', errno: errnoLink('ECONNRESET', 'read'),
    summary: `${target} accepted the connection, then reset it ${after} (RST): an abortive close (SO_LINGER 0, a crashed handler, or a limit that aborts); clients see ECONNRESET${partial}`,
  };
}

/** The verdict of a probe of `host`:`port` from its steps. */
export function verdict(host: string, port: number, resolve: ResolveStep, connects: readonly ConnectAttempt[], exchange: ExchangeStep | null): Verdict {
  const target = `${host}:${port}`;
  if (resolve.error !== null) {
    return { ok: false, code: 'unresolved', summary: `${host} does not resolve (${resolve.error.code})`, errno: resolve.error.errno };
  }
  const ok = connects.filter((c) => c.connected);
  if (ok.length === 0) return connectFailure(target, connects);
  const partial = ok.length < connects.length ? ` (${connects.length - ok.length} of ${connects.length} addresses failed)` : '';
  if (exchange !== null) {
    if (exchange.receivedBytes === 0 && (exchange.peerClosed || exchange.error?.code === 'ECONNRESET') && exchange.expect === null) {
      return closedAtOnce(target, exchange, partial);
    }
    if (exchange.error !== null) {
      const code = FAILURES[exchange.error.code] === 'reset' ? 'reset' : 'failed';
      return { ok: false, code, summary: `connected to ${target}, then the read failed with ${exchange.error.code}${partial}`, errno: exchange.error.errno };
    }
    if (exchange.matched === false) {
      const code = exchange.receivedBytes === 0 ? 'no-reply' : 'unexpected-reply';
      const what = exchange.receivedBytes === 0 ? (exchange.peerClosed ? 'the peer closed without replying' : 'no reply before the timeout') : `the reply did not contain "${exchange.expect ?? ''}"`;
      return { ok: false, code, summary: `connected to ${target}, but ${what}${partial}`, errno: exchange.receivedBytes === 0 && !exchange.peerClosed ? errnoLink('ETIMEDOUT', 'read') : null };
    }
  }
  return { ok: true, code: 'ok', summary: `${target} accepts connections${exchange?.matched === true ? ' and replied as expected' : ''}${partial}`, errno: null };
}
