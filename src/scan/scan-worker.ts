// Worker entry for parallel scans: claims pieces of a file, scans them and posts back their candidate lines.
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { scanPieces, type PieceMessage, type RangeProgress, type WorkerJob, type WorkerSetup } from './scan-range.js';

if (parentPort !== null) {
  const port = parentPort;
  // The worker starts while the main thread still cuts the file into pieces and compiles the keyword table, which
  // follow as the first message; meanwhile it loads the catalog and builds its keyword index (what recognising its
  // first line would do).
  const job = once(port, 'message') as Promise<[WorkerJob]>;
  if ((workerData as WorkerSetup).catalogOnly) (await import('./catalog-recognizer.js')).catalogRecognizer().recognize('');
  const [{ queue, table }] = await job;
  const post = (message: PieceMessage | RangeProgress): void => port.postMessage(message);
  await scanPieces(queue, table, (piece, result) => post({ piece, result }), (progress) => post({ progress }));
  post({ done: true });
}
