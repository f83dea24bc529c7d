// Follows a socket's TCP state through TCP_INFO and records each change on the timeline.
import type { RawSocket } from '../../sys/raw-socket.js';
import type { Endpoint, Timeline } from '../timeline.js';

/** Polls `socket`'s TCP_INFO state every `everyMs` and records changes until the returned stop function is called. */
export function trackState(timeline: Timeline, endpoint: Endpoint, socket: RawSocket, everyMs = 2): () => void {
  let last: string | undefined;
  const sample = (): void => {
    const info = socket.tcpInfo();
    const state = info.ok ? info.value.state : undefined;
    if (state !== undefined && state !== last) {
      last = state;
      timeline.state(endpoint, state);
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    sample();
  };
}
