// The result of `socklab clients` (runClients): plain data, printed as-is by --json and documented in docs/clients.md.
import type { Classification } from '../net/classify.js';
import type { ChainedError } from '../net/error-chain.js';

/** The two methods every client is measured with: GET (idempotent, safe to retry) and POST (not). */
export type Method = 'GET' | 'POST';

/** The application got a response and read its whole body. */
export interface ResponseOutcome {
  readonly kind: 'response';
  readonly status: number;
  /** Body bytes the application received. */
  readonly bytes: number;
}

/** The application got an error. */
export interface ErrorOutcome {
  readonly kind: 'error';
  /**
   * The error the application caught, then the errors behind it, depth first (socklab/net's errorChain): an
   * AggregateError's errors (one per address tried, with `attempt`), then its `cause`, the cause's cause, and so on.
   */
  readonly chain: readonly ChainedError[];
  /** The first `code` down the chain (undefined when no error of it has one). */
  readonly code?: string;
  /** The `depth` where `code` was found: 0 = on the error itself (`err.code` works), 1 = one level down, and so on. */
  readonly codeDepth?: number;
}

/** The case's time ran out (maxWaitMs) with the application still waiting for an outcome. */
export interface WaitingOutcome {
  readonly kind: 'waiting';
}

/** The case could not be set up (its warm-up request failed): a failure of the measurement, not of the client. */
export interface SetupFailedOutcome {
  readonly kind: 'setup-failed';
  readonly reason: string;
}

/** What the application saw at the end of one case. */
export type CaseOutcome = ResponseOutcome | ErrorOutcome | WaitingOutcome | SetupFailedOutcome;

/** One client x fault x method measurement, with the client's defaults. */
export interface ClientCase {
  readonly client: string;
  readonly fault: string;
  readonly method: Method;
  readonly outcome: CaseOutcome;
  /** Milliseconds from the request call to the outcome (maxWaitMs when still waiting). */
  readonly ms: number;
  /** How many times the client started the request (1 = no retry), seen on Node's and undici's diagnostics channels. */
  readonly attempts: number;
  /** When each attempt started, in ms from the request call. */
  readonly attemptsAtMs: readonly number[];
  /** How many times the server application received the request (more than 1 for a POST: a duplicate). */
  readonly received: number;
  /** Facts the library itself reports about the request, e.g. node:http's `reusedSocket`. */
  readonly notes: Readonly<Record<string, string | number | boolean>>;
  /** What `runClients({ classify })` said of the error (socklab/net's classify; absent without it, or without an error). */
  readonly classification?: Classification;
}

/** A package and the version found (null when not installed). */
export interface PackageVersion {
  readonly name: string;
  readonly version: string | null;
}

/** Whether a client could be measured here, and which versions were resolved from the project. */
export interface ClientInfo {
  readonly id: string;
  readonly title: string;
  /**
   * 'ready': measured; 'not-installed': a package it needs is not in the project; 'failed': found, but it did not load
   * or its request to a healthy server failed.
   */
  readonly status: 'ready' | 'not-installed' | 'failed';
  /** The resolved version of each package it needs; Node's own clients list Node (and the undici it bundles). */
  readonly packages: readonly PackageVersion[];
  /** Why it was not measured, with the fix. */
  readonly reason?: string;
}

/** A fault of the matrix. */
export interface FaultInfo {
  readonly id: string;
  readonly title: string;
  /** How socklab makes it. */
  readonly how: string;
}

/** Everything `socklab clients` measured. */
export interface ClientsResult {
  /** Node's version and the directory packages were resolved from. */
  readonly node: string;
  readonly cwd: string;
  /** A case still waiting after this long is reported as waiting. */
  readonly maxWaitMs: number;
  /** How long the slow faults hold the headers or stretch the body. */
  readonly slowMs: number;
  readonly methods: readonly Method[];
  readonly clients: readonly ClientInfo[];
  readonly faults: readonly FaultInfo[];
  /** One per ready client x fault x method, in that order. */
  readonly cases: readonly ClientCase[];
  /** Wall-clock time of the whole run. */
  readonly durationMs: number;
}
