// Waits that scenarios use: plain sleeps and bounded polling, all abortable.
import { setTimeout as delay } from 'node:timers/promises';

/** Sleeps `ms`, ending early (without throwing) when `signal` aborts. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  await delay(ms, undefined, signal === undefined ? {} : { signal }).catch(() => undefined);
}

/** Polls `check` every `everyMs` until it returns a value other than undefined, or `timeoutMs` passes (then undefined). */
export async function pollUntil<T>(check: () => T | undefined, timeoutMs: number, everyMs = 5, signal?: AbortSignal): Promise<T | undefined> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (performance.now() >= deadline || signal?.aborted === true) return undefined;
    await sleep(everyMs, signal);
  }
}
