// Follows a socket's retransmission counters through TCP_INFO and notes each change, so backoff shows on the timeline.
import type { RawSocket } from '../../sys/raw-socket.js';
import type { Endpoint, Timeline } from '../timeline.js';
import { watchChanges } from './watch-changes.js';

/** Notes `retransmits`, `backoff`, RTO and `totalRetrans` of `socket` whenever they change; call the result to stop. */
export function trackRetransmits(timeline: Timeline, endpoint: Endpoint, socket: RawSocket, everyMs = 5): () => void {
  return watchChanges(() => {
    const info = socket.tcpInfo();
    if (!info.ok) return undefined;
    const { state, retransmits, backoff, rtoUs, totalRetrans } = info.value;
    return `${endpoint} tcpInfo: state ${state}, retransmits ${retransmits}, backoff ${backoff}, rto ${(rtoUs ?? 0) / 1000} ms, totalRetrans ${totalRetrans}`;
  }, (text) => timeline.note(text), everyMs);
}
