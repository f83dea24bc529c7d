// runClients: every chosen client x fault x method, with the clients' defaults, concurrently and bounded in time.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { SocklabError } from '../errors/socklab-error.js';
import { closestMatch } from '../shared/closest-match.js';
import { CLIENTS } from './adapters/index.js';
import { watchAttempts } from './attempt-log.js';
import { METHODS, type Client } from './client.js';
import type { ClientCase, ClientsResult, Method } from './clients-result.js';
import type { Fault } from './fault.js';
import { FAULTS } from './faults/index.js';
import { resolveClient } from './resolve-client.js';
import { runCase, type CasePlan, type Classify } from './run-case.js';

/** Default time cap of a case; a silent peer with default settings would keep most clients waiting for minutes. */
export const DEFAULT_MAX_WAIT_MS = 20_000;

/** Default delay of the slow faults: longer than ky's 10 s, the shortest default timeout among the clients. */
export const DEFAULT_SLOW_MS = 12_000;

/** Options of runClients. */
export interface RunClientsOptions {
  /** Client ids (default: all). */
  readonly clients?: readonly string[];
  /** Fault ids (default: all). */
  readonly faults?: readonly string[];
  readonly methods?: readonly Method[];
  /** Where the clients' packages are resolved from (default: process.cwd()). */
  readonly cwd?: string;
  /** A case still waiting after this long is reported as waiting (default 20 s). */
  readonly maxWaitMs?: number;
  /** How long the slow faults take (default 12 s). */
  readonly slowMs?: number;
  /**
   * Quick cases run at the same time (default 8), after every slow case has sent its request; the slow ones all run
   * at once. Each case has its own ports, so none interferes with another; fewer at once keeps the timings sharp.
   */
  readonly concurrency?: number;
  /** Called as each case ends. */
  readonly onCase?: (result: ClientCase, done: number, total: number) => void;
  /** Classifies each error (socklab/net's classify fits); its answer is stored as the case's `classification`. */
  readonly classify?: Classify;
}

/** The entries of `registry` named by `ids` (all when undefined), or SOCKLAB_CLIENTS_UNKNOWN_NAME. */
function choose<T extends { readonly id: string }>(registry: readonly T[], ids: readonly string[] | undefined, kind: string): T[] {
  if (ids === undefined) return [...registry];
  const known = registry.map((e) => e.id);
  for (const id of ids) {
    if (known.includes(id)) continue;
    const suggestion = closestMatch(id, known);
    throw new SocklabError('SOCKLAB_CLIENTS_UNKNOWN_NAME', { kind, name: id, known: known.join(', '), ...(suggestion === undefined ? {} : { suggestion }) });
  }
  return registry.filter((e) => ids.includes(e.id));
}

/** Resolves once a 20 ms timer fires within 5 ms of its time (the event loop is no longer busy), or after 1 s. */
async function calm(): Promise<void> {
  const deadline = performance.now() + 1000;
  for (let late = Infinity; late > 5 && performance.now() < deadline;) {
    const asked = performance.now();
    await sleep(20);
    late = performance.now() - asked - 20;
  }
}

/** Runs `tasks` with at most `limit` at once; results in the tasks' order. */
async function pool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Measures each chosen client on each chosen fault and method. Clients not installed are reported, not run. */
export async function runClients(options: RunClientsOptions = {}): Promise<ClientsResult> {
  const started = performance.now();
  const clients: Client[] = choose(CLIENTS, options.clients, 'client');
  const faults: Fault[] = choose(FAULTS, options.faults, 'fault');
  const methods = options.methods ?? METHODS;
  const cwd = options.cwd ?? process.cwd();
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const context = { slowMs: options.slowMs ?? DEFAULT_SLOW_MS };
  const resolved = await Promise.all(clients.map((c) => resolveClient(c, cwd)));
  const attempts = watchAttempts();
  const run = randomBytes(4).toString('hex');
  const plans: CasePlan[] = resolved.flatMap((r, i) => r.modules === undefined ? [] : faults.flatMap((fault) => methods.map((method) => ({
    client: clients[i]!, modules: r.modules!, fault, method, context, maxWaitMs, attempts,
    path: `/socklab-${run}/${clients[i]!.id}/${fault.id}/${method.toLowerCase()}`,
    ...(options.classify === undefined ? {} : { classify: options.classify }),
  }))));
  let done = 0;
  const measure = async (index: number): Promise<readonly [number, ClientCase]> => {
    const result = await runCase(plans[index]!);
    options.onCase?.(result, ++done, plans.length);
    return [index, result];
  };
  const slow = [...plans.keys()].filter((i) => plans[i]!.fault.slow === true);
  const quick = [...plans.keys()].filter((i) => plans[i]!.fault.slow !== true);
  try {
    // The slow cases mostly wait: start them all, and the quick ones once every slow request is on its way, so
    // that the set-up of dozens of servers and proxies does not delay the quick cases' timings.
    const sent = slow.map((i) => new Promise<void>((resolve) => (plans[i] = { ...plans[i]!, onSent: resolve })));
    const slowRuns = Promise.all(slow.map(measure));
    await Promise.all(sent);
    await calm();
    const measured = [...await pool(quick.map((i) => () => measure(i)), options.concurrency ?? 8), ...await slowRuns];
    const cases = measured.sort((a, b) => a[0] - b[0]).map(([, c]) => c);
    return {
      node: process.version, cwd, maxWaitMs, slowMs: context.slowMs, methods,
      clients: resolved.map((r) => r.info), faults: faults.map(({ id, title, how }) => ({ id, title, how })),
      cases, durationMs: Math.round(performance.now() - started),
    };
  } finally {
    attempts.stop();
  }
}
