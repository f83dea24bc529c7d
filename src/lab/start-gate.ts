// Lets only a few scenario processes start at once, so the ones queued first begin their waits first.

/** A counter of starting slots: `enter()` resolves once one is free, with the function that frees it (once). */
export interface StartGate {
  enter(): Promise<() => void>;
}

/**
 * A gate with `slots` starting slots. A process spends its start-up on the CPU (Node, its imports, its namespaces)
 * and then mostly waits on kernel timers; started all at once on two cores, 26 processes shared the CPU until the
 * last had started, so a scenario of 3 s began only when the quick ones were ready too.
 */
export function startGate(slots: number): StartGate {
  let free = slots;
  const queue: Array<() => void> = [];
  const ticket = (): (() => void) => {
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      const next = queue.shift();
      if (next === undefined) free += 1;
      else next();
    };
  };
  return {
    enter: () => {
      if (free > 0) {
        free -= 1;
        return Promise.resolve(ticket());
      }
      return new Promise((resolve) => queue.push(() => resolve(ticket())));
    },
  };
}
