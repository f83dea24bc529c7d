// Polls a reading and reports each new value: the loop behind the lab's TCP_INFO trackers.

/**
 * Reads `read()` now, every `everyMs`, and once more on stop, and calls `onChange` with each value unlike the last one
 * reported; `undefined` (nothing to read) is skipped. Returns the stop function.
 */
export function watchChanges<T>(read: () => T | undefined, onChange: (value: T) => void, everyMs: number): () => void {
  let last: T | undefined;
  const sample = (): void => {
    const value = read();
    if (value !== undefined && value !== last) {
      last = value;
      onChange(value);
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    sample();
  };
}
