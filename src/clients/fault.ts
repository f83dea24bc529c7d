// The Fault contract: one network fault the matrix puts every client through (see docs/clients.md).

/** Settings every fault receives. */
export interface FaultContext {
  /** How long the slow faults hold the response headers, or stretch the body. */
  readonly slowMs: number;
}

/** A fault made ready for one case: where to send the request, and what the server saw. */
export interface FaultSite {
  /** The origin requests go to: `http://127.0.0.1:<port>`, or a name that cannot resolve. */
  readonly origin: string;
  /** How many requests for `path` the server application received (0 where no server is reachable). */
  received(path: string): number;
  /** Stops everything the fault started: listeners closed, connections cut. */
  close(): Promise<void>;
}

/** One fault. Adding one: a file in faults/ and a line in faults/index.ts. */
export interface Fault {
  /** The name users pass to --faults. */
  readonly id: string;
  /** A short title for the matrix header. */
  readonly title: string;
  /** How socklab makes it, in one sentence. */
  readonly how: string;
  /** Send one request first, so the measured one goes out on a pooled keep-alive connection if the client pools. */
  readonly warmUp?: boolean;
  /** Cases of this fault may last up to slowMs or the time cap: the runner starts them first. */
  readonly slow?: boolean;
  /** Starts the fault for one case (each case has its own, on fresh ports). */
  open(context: FaultContext): Promise<FaultSite>;
}

/** Identity helper that checks a fault literal against the contract and keeps its id as a literal type. */
export function defineFault<const I extends string>(fault: Fault & { readonly id: I }): Fault & { readonly id: I } {
  return fault;
}
