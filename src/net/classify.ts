// Classifies an error an application caught: what failed, who said so, in which phase, and whether a retry is safe.
import { recognitionAdvice } from '../catalog/advice.js';
import { explain } from '../catalog/explain.js';
import type { Origin, Phase, Recognition } from '../catalog/pattern.js';
import { PATTERNS } from '../catalog/patterns/index.js';
import { phaseOfCall } from '../catalog/recognize.js';
import type { ErrnoName, Kind, RetryAdvice } from '../catalog/types.js';
import { errorChain, type ChainedError } from './error-chain.js';

/** Where in a request's life the failure struck; `idle`: the peer closed a reused connection while it sat in the pool. */
export type FailurePhase = 'connect' | 'write' | 'read' | 'idle';

/**
 * Whether to send the request again: `safe` it cannot have reached the server application; `idempotent-only` it may
 * have, so only a request that may run twice (GET, PUT, DELETE..., or one with an idempotency key); `unsafe` do not
 * retry unchanged (a user's abort, a missing name, a resource to free, a bug).
 */
export type RetryVerdict = 'safe' | 'idempotent-only' | 'unsafe';

/** What classify says of an error. */
export interface Classification {
  /** The kernel errno behind it, only when the kernel produced it (see `origin`). */
  readonly errno: ErrnoName | null;
  /** What sort of failure it is (the catalog's kinds); null when nothing in the chain is a socket failure. */
  readonly kind: Kind | null;
  /** Who produced it: the kernel, or a library or resolver with its own code; null when unrecognised. */
  readonly origin: Origin | null;
  readonly phase: FailurePhase;
  /** Whether the request went out on a pooled connection (as given: Node's `req.reusedSocket`); null when unknown. */
  readonly reusedSocket: boolean | null;
  readonly retry: RetryVerdict;
  /** `err.code` of the error itself, what applications usually test (`UND_ERR_SOCKET`, `ECONNRESET`). */
  readonly code: string | null;
  /** The error in the chain that tells what happened, and where: 0 the error itself, 1 its cause... */
  readonly cause: { readonly depth: number; readonly text: string; readonly patternId: string | null };
  /** The catalog's remedy for that errno at that call, when it has one. */
  readonly remedy: string | null;
}

/** What the caller knows that the error does not say. */
export interface ClassifyContext {
  /** Node's `req.reusedSocket`: the request was sent on a connection kept alive from an earlier one. */
  readonly reusedSocket?: boolean;
}

const GENERIC = new Set(PATTERNS.filter((p) => p.generic === true).map((p) => p.id));
const TO_FAILURE_PHASE: Readonly<Record<Phase, FailurePhase>> = {
  connect: 'connect', dns: 'connect', accept: 'connect', write: 'write', read: 'read', close: 'read', unknown: 'read',
};
const TO_VERDICT: Readonly<Record<RetryAdvice, RetryVerdict>> = {
  safe: 'safe', 'idempotent-only': 'idempotent-only', 'after-fix': 'unsafe', never: 'unsafe',
};
// The errnos a peer's close or reset shows up as, besides the peer-closed kind.
const PEER_GONE: ReadonlySet<string> = new Set(['ECONNRESET', 'EPIPE']);

interface Reading {
  readonly link: ChainedError;
  readonly recognition: Recognition | null;
}

/** The text explain reads for one error: its first line as Node prints it, and its code as an inspected property. */
function textOf(link: ChainedError): string {
  return `${link.name}: ${link.message}${link.code === null ? '' : `\n  code: '${link.code}'`}`;
}

// Node's happy eyeballs ends an attempt that is not the last one with its own timer, made to look like connect ETIMEDOUT.
function attemptTimer(link: ChainedError, r: Recognition): Recognition {
  const cutShort = link.attempt !== null && link.attempt.index < link.attempt.of - 1 && r.errno === 'ETIMEDOUT' && link.syscall === 'connect';
  return cutShort ? { ...r, kind: 'timer', errno: null, origin: { source: 'library', by: 'node', code: 'ETIMEDOUT' } } : r;
}

function read(link: ChainedError): Reading {
  let primary: Recognition | null = null;
  try {
    primary = explain(textOf(link)).primary;
  } catch {
    // A message explain cannot take (it never throws for text with a name and a colon); the link just says nothing.
  }
  return { link, recognition: primary === null ? null : attemptTimer(link, primary) };
}

// Higher says more (as explain ranks recognitions): a kind, then a kernel errno, then a specific pattern. A wrapper
// that names no cause (`fetch failed`) says no more than an unrecognised error, so the error behind it speaks.
function weight({ recognition: r }: Reading): number {
  if (r === null || r.kind === null) return -1;
  return 4 + (r.errno === null ? 0 : 2) + (GENERIC.has(r.patternId) ? 0 : 1);
}

// The reading that says most; on a tie the later one (a cause over its wrapper, the last address tried over the first).
function best(readings: readonly Reading[]): Reading {
  return readings.reduce((a, b) => (weight(b) >= weight(a) ? b : a));
}

function catalogPhase(r: Recognition | null, link: ChainedError): Phase {
  if (r !== null && r.phase !== 'unknown') return r.phase;
  const fromCall = link.syscall === null ? 'unknown' : phaseOfCall(link.syscall);
  return fromCall === 'unknown' && r?.kind === 'resolution' ? 'dns' : fromCall;
}

function peerGone(r: Recognition | null): boolean {
  return r !== null && (r.kind === 'peer-closed' || PEER_GONE.has(r.errno ?? ''));
}

/**
 * Classifies any thrown value by the catalog's rules (the ones explain, scan and doctor use): each error of the chain
 * (fetch's `cause`, an AggregateError's `errors`) is read as explain reads a log, the one that says most decides,
 * and the catalog's retry advice for that errno at that call (or for that kind of failure) gives `retry`.
 */
export function classify(error: unknown, context: ClassifyContext = {}): Classification {
  // Never empty: whatever was thrown comes first, a string or a number read as it is.
  const chain = errorChain(error);
  const top = chain[0]!;
  const { link, recognition: r } = best(chain.map(read));
  const phase = catalogPhase(r, link);
  const reusedSocket = context.reusedSocket ?? null;
  let failurePhase = TO_FAILURE_PHASE[phase];
  if (reusedSocket === true && (failurePhase === 'read' || failurePhase === 'write') && peerGone(r)) failurePhase = 'idle';
  const advice = r === null ? null : recognitionAdvice({ ...r, phase, call: r.call ?? link.syscall });
  return {
    errno: r?.errno ?? null,
    kind: r?.kind ?? null,
    origin: r?.origin ?? null,
    phase: failurePhase,
    reusedSocket,
    retry: advice === null || advice.retry === null ? 'unsafe' : TO_VERDICT[advice.retry],
    code: top.code,
    cause: { depth: link.depth, text: `${link.name}: ${link.message}`, patternId: r?.patternId ?? null },
    remedy: advice?.remedy ?? null,
  };
}
