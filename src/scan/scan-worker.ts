// Worker entry for parallel scans: claims pieces of a file, scans them and posts back their candidate lines.
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { scanPieces, type PieceMessage, type PieceQueue, type RangeProgress, type RangeTable } from './scan-range.js';

if (parentPort !== null) {
  const port = parentPort;
  const queue = workerData as PieceQueue;
  // The worker starts while the main thread still compiles the keyword table, which follows as the first message;
  // meanwhile it loads the catalog and builds its keyword index (what recognising its first line would do).
  const table = once(port, 'message') as Promise<[RangeTable]>;
  if (queue.pieces[0]?.catalogOnly === true) (await import('./catalog-recognizer.js')).catalogRecognizer().recognize('');
  const [{ table: compiled }] = await table;
  const post = (message: PieceMessage | RangeProgress): void => port.postMessage(message);
  await scanPieces(queue, compiled, (piece, result) => post({ piece, result }), (progress) => post({ progress }));
  post({ done: true });
}
