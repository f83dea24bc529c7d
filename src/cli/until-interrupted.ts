// Ctrl-C as an abort signal for long-running commands (--watch, --follow), listened to only while they run.

/** Exit status of a command Ctrl-C cut short: 128 + SIGINT's number, what a shell reports for a process it killed. */
export const EXIT_INTERRUPTED = 130;

/** Runs `work` with a signal that SIGINT aborts when `enabled`; stops listening for SIGINT when `work` ends. */
export async function untilInterrupted<T>(enabled: boolean, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  if (enabled) process.once('SIGINT', abort);
  try {
    return await work(controller.signal);
  } finally {
    process.removeListener('SIGINT', abort);
  }
}
