// An abortable sleep that never leaks a timer: resolves true when the time elapsed, false when aborted.
import { longTimeout } from './long-timeout.js';

/** Wait ms milliseconds (Infinity, or any delay beyond Node's timer range, waits until aborted or that long). */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  if (!(ms > 0)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      timer.clear();
      resolve(false);
    };
    const timer = longTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
