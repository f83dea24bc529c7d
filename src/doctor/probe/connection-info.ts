// Probe step 4: TCP_INFO of the live connection (rtt, retransmits) through src/sys.
import type { Socket } from 'node:net';
import { tcpInfo } from '../../sys/tcp-info.js';
import type { ConnectionInfo } from '../probe-result.js';

/** The TCP_INFO fields probe reports; null when the socket is gone or getsockopt fails (not Linux). */
export function connectionInfo(socket: Socket): ConnectionInfo | null {
  try {
    const i = tcpInfo(socket);
    return {
      state: i.state, rttUs: i.rttUs ?? null, rttvarUs: i.rttvarUs ?? null, rtoUs: i.rtoUs ?? null,
      retransmits: i.retransmits ?? null, totalRetrans: i.totalRetrans ?? null, sndCwnd: i.sndCwnd ?? null,
      pmtu: i.pmtu ?? null, bytesAcked: i.bytesAcked ?? null, bytesReceived: i.bytesReceived ?? null,
    };
  } catch {
    return null;
  }
}
