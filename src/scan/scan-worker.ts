// Worker entry for parallel scans: scans the byte range it was given and posts back its candidate lines.
import { parentPort, workerData } from 'node:worker_threads';
import { scanRange, type RangeJob, type RangeProgress } from './scan-range.js';

if (parentPort !== null) {
  const port = parentPort;
  port.postMessage(await scanRange(workerData as RangeJob, (progress) => port.postMessage({ progress } satisfies RangeProgress)));
}
