// The --json schema of `socklab probe`: the plain data object probe() returns.
import type { ErrnoLink } from './errno-link.js';

/** A failure of one step: the errno name and the catalog's explanation. */
export interface StepError {
  readonly code: string;
  readonly message: string;
  /** `kernel` when the system call failed; `probe-timeout` when probe's own --timeout expired first. */
  readonly source: 'kernel' | 'resolver' | 'probe-timeout';
  readonly errno: ErrnoLink;
}

/** Name resolution: every address getaddrinfo() returned and how long it took. */
export interface ResolveStep {
  readonly ms: number;
  /** False when the host was already an IP address (no lookup). */
  readonly lookedUp: boolean;
  readonly addresses: readonly { readonly address: string; readonly family: 4 | 6 }[];
  readonly error: StepError | null;
}

/** One connect() to one resolved address. */
export interface ConnectAttempt {
  readonly address: string;
  readonly family: 4 | 6;
  readonly ms: number;
  readonly connected: boolean;
  /** The local endpoint of the connection, when it connected. */
  readonly local: string | null;
  readonly error: StepError | null;
}

/** The optional payload sent and the reply read on the first connection that succeeded. */
export interface ExchangeStep {
  readonly sentBytes: number;
  readonly expect: string | null;
  /** What came back, as text (at most 4096 bytes kept). */
  readonly received: string;
  readonly receivedBytes: number;
  /** True when `expect` was found; null when nothing was expected. */
  readonly matched: boolean | null;
  /** True when the peer closed (FIN) before the read ended. */
  readonly peerClosed: boolean;
  readonly ms: number;
  readonly error: StepError | null;
}

/** TCP_INFO of the live connection (getsockopt via src/sys), in the units of the field names. */
export interface ConnectionInfo {
  readonly state: string;
  readonly rttUs: number | null;
  readonly rttvarUs: number | null;
  readonly rtoUs: number | null;
  readonly retransmits: number | null;
  readonly totalRetrans: number | null;
  readonly sndCwnd: number | null;
  readonly pmtu: number | null;
  readonly bytesAcked: number | null;
  readonly bytesReceived: number | null;
}

/** The outcome in one word plus one sentence. */
export type VerdictCode = 'ok' | 'unresolved' | 'refused' | 'timeout' | 'unreachable' | 'failed' | 'reset' | 'peer-closed' | 'no-reply' | 'unexpected-reply';

/** What probe concludes. */
export interface Verdict {
  readonly ok: boolean;
  readonly code: VerdictCode;
  readonly summary: string;
  readonly errno: ErrnoLink | null;
}

/** The result of one probe: `socklab probe --json` prints exactly this. */
export interface ProbeResult {
  readonly host: string;
  readonly port: number;
  readonly timeoutMs: number;
  readonly resolve: ResolveStep;
  readonly connects: readonly ConnectAttempt[];
  readonly exchange: ExchangeStep | null;
  /**
   * When nothing was sent: what the server did in the first `settleMs` after accepting (a banner, nothing, or a FIN
   * or RST at once, which a connect alone cannot tell from a working server); null when an exchange ran or settleMs is 0.
   */
  readonly afterConnect: ExchangeStep | null;
  readonly tcpInfo: ConnectionInfo | null;
  readonly verdict: Verdict;
}
