// Worker entry for parallel scans: scans the byte range it was given and posts back its candidate lines.
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { scanRange, type RangeJob, type RangeProgress, type RangeTable } from './scan-range.js';

if (parentPort !== null) {
  const port = parentPort;
  const job = workerData as Omit<RangeJob, 'table'>;
  // The worker starts while the main thread still compiles the keyword table, which follows as the first message;
  // meanwhile it loads the catalog and builds its keyword index (what recognising its first line would do).
  const table = once(port, 'message') as Promise<[RangeTable]>;
  if (job.catalogOnly) (await import('./catalog-recognizer.js')).catalogRecognizer().recognize('');
  const [{ table: compiled }] = await table;
  port.postMessage(await scanRange({ ...job, table: compiled }, (progress) => port.postMessage({ progress } satisfies RangeProgress)));
}
