// Waits for fd readiness with poll(2) at timeout 0 plus short sleeps, so the event loop never blocks.
import { setTimeout as sleep } from 'node:timers/promises';
import { libc } from './libc.js';
import { POLL } from './linux-constants.js';

/** What poll reported: the revents bits (-1 if poll itself failed), or 0 when the timeout passed first. */
export interface PollOutcome {
  readonly revents: number;
  readonly timedOut: boolean;
}

/** One non-blocking poll(2) of `fd` for `events`; returns revents (0 when nothing is ready), -1 on error. */
export function pollOnce(fd: number, events: number): number {
  const pfd = Buffer.alloc(8);
  pfd.writeInt32LE(fd, 0);
  pfd.writeInt16LE(events, 4);
  const n = libc().poll(pfd, 1, 0);
  if (n < 0) return -1;
  return n === 0 ? 0 : pfd.readUInt16LE(6);
}

/** Polls until any of `events` (or ERR/HUP/NVAL) is ready or `timeoutMs` passes; sleeps grow from 1 to 10 ms. */
export async function pollWait(fd: number, events: number, timeoutMs: number): Promise<PollOutcome> {
  // poll(2) silently skips negative fds, which would turn waiting on a closed RawSocket into a full timeout.
  if (fd < 0) return { revents: POLL.NVAL, timedOut: false };
  const deadline = Date.now() + Math.max(0, timeoutMs);
  let pause = 1;
  for (;;) {
    const revents = pollOnce(fd, events);
    if (revents !== 0) return { revents, timedOut: false };
    if (Date.now() >= deadline) return { revents: 0, timedOut: true };
    await sleep(Math.min(pause, Math.max(1, deadline - Date.now())));
    pause = Math.min(pause * 2, 10);
  }
}
