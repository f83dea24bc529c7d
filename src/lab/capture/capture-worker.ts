// Worker thread: enters another network namespace, opens the capture's packet sockets there, hands back their fds.
import { parentPort, workerData } from 'node:worker_threads';
import { isSocklabError } from '../../errors/is-socklab-error.js';
import { enterNetns } from '../../sys/net-namespace.js';
import { openPacketSockets, type CaptureInterfaces } from './open-packet-sockets.js';

/** What the worker is asked. */
export interface CaptureWorkerRequest {
  readonly netns: string;
  readonly interfaces: CaptureInterfaces;
}

/** What it answers: the fds (valid in the whole process; the sockets stay in that namespace), or why not. */
export type CaptureWorkerReply = { readonly fds: readonly number[] } | { readonly reason: string };

// Only this thread changes namespace, and it ends right after: the rest of the process never leaves its own.
const request = workerData as CaptureWorkerRequest;
let reply: CaptureWorkerReply;
try {
  enterNetns(request.netns);
  reply = { fds: openPacketSockets(request.interfaces).map((socket) => socket.fd) };
} catch (error) {
  reply = { reason: isSocklabError(error) ? String(error.details.reason) : `cannot enter ${request.netns}: ${(error as Error).message}` };
}
parentPort?.postMessage(reply);
