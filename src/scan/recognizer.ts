// The narrow view of the catalog's line recogniser that scan depends on, so scanning is testable on its own.
import type { Origin, Phase } from '../catalog/pattern.js';
import type { Kind } from '../catalog/types.js';

/** The phase of a connection's life in which an error happened (the catalog's `unknown` becomes null). */
export type ScanPhase = Exclude<Phase, 'unknown'>;

/** One socket error recognised in one log line (the fields scan groups by). */
export interface LineHit {
  readonly ecosystem: string;
  readonly patternId: string;
  /** Kernel errno (ECONNRESET) or resolver code (ENOTFOUND), or null when the line names a failure without one. */
  readonly errno: string | null;
  /** What sort of failure (docs/explain.md); null for a wrapper that names no cause (`fetch failed`). */
  readonly kind: Kind | null;
  /** Who produced it: the kernel, or a library, proxy or resolver with its own code. */
  readonly origin: Origin;
  readonly phase: ScanPhase | null;
  /** `host:port` when the line names the peer. */
  readonly peer: string | null;
}

/** Turns one log line into the socket errors it shows; `keywords` is a literal prefilter (a line with none has no hit). */
export interface Recognizer {
  readonly recognize: (line: string) => readonly LineHit[];
  /** Literals compared ignoring case; every line `recognize` can match contains at least one of them. */
  readonly keywords: readonly string[];
}
