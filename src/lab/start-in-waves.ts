// Starts work in two waves: the first all at once, the second once every item of the first is ready (or has ended).

/**
 * Calls `start(item, ready)` for every item of `first` at once, then `start(item)` for every item of `then` at once,
 * as soon as each item of `first` has called its `ready` or ended; resolves when all have ended, rejects as soon as
 * one start rejects (the second wave then never starts, if it had not yet).
 *
 * Why the lab needs it: a scenario process spends its start-up on the CPU (Node, its imports, its namespaces), then
 * mostly waits on kernel timers. Started all at once, 26 processes shared two cores until the last had started, so
 * the scenarios of 3 s began their waits as late as the quick ones. Started first, they wait while the rest start.
 */
export async function startInWaves<T>(first: readonly T[], then: readonly T[], start: (item: T, ready?: () => void) => Promise<void>): Promise<void> {
  let waiting = first.length;
  let firstReady: () => void = () => undefined;
  const allReady = new Promise<void>((resolve) => {
    firstReady = resolve;
    if (waiting === 0) resolve();
  });
  const once = (): (() => void) => {
    let pending = true;
    return () => {
      if (!pending) return;
      pending = false;
      waiting -= 1;
      if (waiting === 0) firstReady();
    };
  };
  const firstDone = Promise.all(first.map((item) => {
    const ready = once();
    return start(item, ready).finally(ready);
  }));
  await Promise.race([allReady, firstDone]);
  await Promise.all([firstDone, ...then.map((item) => start(item))]);
}
