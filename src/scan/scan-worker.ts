// Worker entry for parallel scans: claims pieces of a file, scans them and posts back their candidate lines.
import { parentPort } from 'node:worker_threads';
import { piecePacker, type PieceMessage } from './packed-piece.js';
import { scanPieces, type RangeProgress, type WorkerJob } from './scan-range.js';

if (parentPort !== null) {
  const port = parentPort;
  const post = (message: PieceMessage | RangeProgress): void => port.postMessage(message);
  // The worker starts while the main thread still cuts the file into pieces; the pieces and the keyword table follow
  // as the first message. It recognises nothing: the main thread does, with the recogniser it already has warm. (No
  // top-level await: the build bundles this file as CommonJS, which starts sooner than an ES module in a worker.)
  port.once('message', ({ queue, table }: WorkerJob) => {
    void scanPieces(queue, table, piecePacker, (piece, packed) => post({ piece, packed }), (progress) => post({ progress })).then(
      () => post({ done: true }),
      // Thrown outside the promise: an uncaught exception ends the worker with an 'error' the scan reports, whatever
      // --unhandled-rejections says (with `warn` or `none` a rejection alone let the worker end quietly, its pieces lost).
      (error: unknown) => queueMicrotask(() => {
        throw error;
      }),
    );
  });
}
