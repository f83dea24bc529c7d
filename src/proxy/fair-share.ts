// Cooperative time-sharing for the data path: a stage that pushes many pieces in a row (slicer with 1-byte pieces)
// yields the event loop once the data path has used its budget in this loop turn, so the API and every other
// connection keep being served. Waiters resume in arrival order, so busy connections take turns.

/** Milliseconds of data-path work allowed per event-loop turn before pieces wait for the next turn. */
const BUDGET_MS = 4;

let turnStarted = -1;
const waiting: (() => void)[] = [];

function nextTurn(): void {
  turnStarted = -1;
  const resume = waiting.splice(0);
  for (const go of resume) go();
}

/** Undefined while this turn has budget left (carry on at once); otherwise a promise for a later turn. */
export function fairShare(): Promise<void> | undefined {
  const now = performance.now();
  if (turnStarted < 0) {
    turnStarted = now;
    setImmediate(nextTurn);
  }
  if (now - turnStarted < BUDGET_MS && waiting.length === 0) return undefined;
  return new Promise((resolve) => waiting.push(resolve));
}
