// Entry of the splice relay thread: checks that splice works here, then runs the epoll loop until told to stop.
import { parentPort, workerData } from 'node:worker_threads';
import { EventFd } from '../../sys/event-fd.js';
import { RelayLoop } from './relay-loop.js';
import type { RelayReport, RelayWorkerData } from './relay-protocol.js';
import { spliceUnavailable } from './splice-probe.js';

const { wakeFd, commands } = workerData as RelayWorkerData;
const post = (report: RelayReport, transfer: ArrayBuffer[] = []): void => parentPort!.postMessage(report, transfer);

let loop: RelayLoop | undefined;
const unavailable = spliceUnavailable();
if (unavailable === undefined) {
  try {
    loop = new RelayLoop(EventFd.of(wakeFd), commands, post);
  } catch (error) {
    post({ kind: 'unavailable', reason: (error as Error).message });
  }
} else post({ kind: 'unavailable', reason: unavailable });
if (loop !== undefined) {
  post({ kind: 'ready' });
  loop.run(); // a throw ends the thread with an 'error' event; run() has dropped every connection first
}
commands.close();
