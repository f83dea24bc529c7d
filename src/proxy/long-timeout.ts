// A timer that holds any delay: Node fires setTimeout after 1 ms for 2^31 ms or more, so longer waits are chained.

/** Node's largest setTimeout delay (about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1;

/** A pending timer. */
export interface LongTimeout {
  /** Cancel it (idempotent). */
  clear(): void;
  /** Start the full delay again from now (also after it fired). */
  refresh(): void;
}

/** Call `fn` once, `ms` milliseconds from now; Infinity (or any huge delay) waits for good without firing early. */
export function longTimeout(fn: () => void, ms: number): LongTimeout {
  let deadline = 0;
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    const left = deadline - performance.now();
    if (left > MAX_DELAY) timer = setTimeout(arm, MAX_DELAY);
    else timer = setTimeout(fire, Math.max(0, left));
  };
  const fire = (): void => {
    timer = undefined;
    fn();
  };
  const start = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    deadline = performance.now() + ms;
    if (Number.isFinite(deadline)) arm();
  };
  start();
  return {
    clear: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      deadline = Infinity;
    },
    refresh: () => {
      // Node's own refresh keeps the timer object (cheap per chunk) when the delay fits in one timer.
      if (timer !== undefined && ms <= MAX_DELAY) {
        deadline = performance.now() + ms;
        timer.refresh();
      } else start();
    },
  };
}
