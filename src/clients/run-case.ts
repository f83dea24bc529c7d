// Runs one case: the fault and a fresh client session, one request with the client's defaults, a bounded wait.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Classification } from '../net/classify.js';
import { errorChain, type ChainedError } from '../net/error-chain.js';
import type { AttemptLog } from './attempt-log.js';
import type { Client, ClientSession, LoadedModules, PlannedRequest, Reply } from './client.js';
import type { CaseOutcome, ClientCase, Method } from './clients-result.js';
import type { Fault, FaultContext, FaultSite } from './fault.js';

/** The body every POST carries. */
export const POST_BODY = { socklab: 'clients' } as const;

/** Classifies the error a case ended with (socklab/net's classify(), given the request's reusedSocket note). */
export type Classify = (error: unknown, request: { readonly method: Method; readonly notes: Readonly<Record<string, string | number | boolean>> }) => Classification;

/** Everything one case needs. */
export interface CasePlan {
  readonly client: Client;
  readonly modules: LoadedModules;
  readonly fault: Fault;
  readonly method: Method;
  /** A path no other case uses: attempts and server receipts are counted by it. */
  readonly path: string;
  readonly context: FaultContext;
  readonly maxWaitMs: number;
  readonly attempts: AttemptLog;
  readonly classify?: Classify;
  /** Called once the measured request has been handed to the client (or the case ended without one). */
  readonly onSent?: () => void;
}

type Settled = { readonly kind: 'reply'; readonly reply: Reply } | { readonly kind: 'error'; readonly error: unknown } | { readonly kind: 'waiting' };

/** Waits for `send` at most `ms`; a late rejection is swallowed (the case has ended and aborted it). */
async function settle(send: () => Promise<Reply>, ms: number): Promise<Settled> {
  const pending = Promise.resolve().then(send).then((reply): Settled => ({ kind: 'reply', reply }), (error: unknown): Settled => ({ kind: 'error', error }));
  const timer = new AbortController();
  const waiting = sleep(ms, { kind: 'waiting' } as const, { signal: timer.signal }).catch(() => ({ kind: 'waiting' }) as const);
  const settled = await Promise.race([pending, waiting]);
  timer.abort();
  return settled;
}

/** The first code down the chain and how deep it sits (0: on the error the application caught). */
function firstCode(chain: readonly ChainedError[]): { readonly code: string; readonly codeDepth: number } | undefined {
  const link = chain.find((l) => l.code !== null);
  return link === undefined ? undefined : { code: link.code!, codeDepth: link.depth };
}

function outcomeOf(settled: Settled): CaseOutcome {
  if (settled.kind === 'reply') return { kind: 'response', status: settled.reply.status, bytes: settled.reply.bytes };
  if (settled.kind === 'waiting') return { kind: 'waiting' };
  const chain = errorChain(settled.error);
  return { kind: 'error', chain, ...firstCode(chain) };
}

/** Sends the warm-up request of a fault that needs a pooled connection; the reason when it failed. */
async function warmUp(session: ClientSession, site: FaultSite, plan: CasePlan, signal: AbortSignal): Promise<string | undefined> {
  const settled = await settle(() => session.send({ method: 'GET', url: `${site.origin}${plan.path}/warm-up`, signal, note: () => undefined }), plan.maxWaitMs);
  if (settled.kind === 'reply') {
    await sleep(50); // the response has ended: give the client a moment to put the connection back in its pool
    return undefined;
  }
  return settled.kind === 'waiting' ? 'the warm-up request got no answer' : `the warm-up request failed: ${errorChain(settled.error)[0]?.message ?? ''}`;
}

async function measure(plan: CasePlan, site: FaultSite, session: ClientSession, signal: AbortSignal): Promise<ClientCase> {
  const notes: Record<string, string | number | boolean> = {};
  const request: PlannedRequest = {
    method: plan.method, url: `${site.origin}${plan.path}`, signal, note: (name, value) => void (notes[name] = value),
    ...(plan.method === 'POST' ? { json: POST_BODY } : {}),
  };
  const started = performance.now();
  const sending = settle(() => session.send(request), plan.maxWaitMs);
  plan.onSent?.();
  const settled = await sending;
  const ms = settled.kind === 'waiting' ? plan.maxWaitMs : Math.round(performance.now() - started);
  const starts = plan.attempts.startsOf(plan.path);
  const classification = settled.kind === 'error' && plan.classify !== undefined ? { classification: plan.classify(settled.error, { method: plan.method, notes }) } : {};
  return {
    client: plan.client.id, fault: plan.fault.id, method: plan.method, outcome: outcomeOf(settled), ms,
    attempts: starts.length, attemptsAtMs: starts.map((t) => Math.max(0, Math.round(t - started))),
    received: site.received(plan.path), notes, ...classification,
  };
}

/** Runs one case from start to clean-up; a fault or client that cannot be set up gives a setup-failed outcome. */
export async function runCase(plan: CasePlan): Promise<ClientCase> {
  const abort = new AbortController();
  let site: FaultSite | undefined;
  let session: ClientSession | undefined;
  const failed = (reason: string): ClientCase => ({
    client: plan.client.id, fault: plan.fault.id, method: plan.method, outcome: { kind: 'setup-failed', reason }, ms: 0, attempts: 0, attemptsAtMs: [], received: 0, notes: {},
  });
  try {
    site = await plan.fault.open(plan.context);
    session = await plan.client.open(plan.modules);
    const warmUpFailed = plan.fault.warmUp === true ? await warmUp(session, site, plan, abort.signal) : undefined;
    return warmUpFailed === undefined ? await measure(plan, site, session, abort.signal) : failed(warmUpFailed);
  } catch (error) {
    return failed(errorChain(error)[0]?.message ?? String(error));
  } finally {
    plan.onSent?.();
    // Only now: the signal ends whatever the client still does (retries of a request the case gave up on).
    abort.abort();
    await session?.close();
    await site?.close();
  }
}
