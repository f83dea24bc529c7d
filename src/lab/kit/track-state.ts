// Follows a socket's TCP state through TCP_INFO and records each change on the timeline.
import type { RawSocket } from '../../sys/raw-socket.js';
import type { Endpoint, Timeline } from '../timeline.js';
import { watchChanges } from './watch-changes.js';

/** Polls `socket`'s TCP_INFO state every `everyMs` and records changes until the returned stop function is called. */
export function trackState(timeline: Timeline, endpoint: Endpoint, socket: RawSocket, everyMs = 2): () => void {
  return watchChanges(() => {
    const info = socket.tcpInfo();
    return info.ok ? info.value.state : undefined;
  }, (state) => timeline.state(endpoint, state), everyMs);
}
