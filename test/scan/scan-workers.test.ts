// Tests the scan workers the executable starts before the CLI loads: when it starts them, that a scan takes them, and
// that one which failed, or was never taken, does no harm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { PARALLEL_MIN_BYTES, startScanWorkersEarly, takeScanWorker, threadsFor } from '../../src/scan/scan-workers.cjs';

const WORKER = new URL('../../src/scan/scan-worker.cjs', import.meta.url);
const early = (): { worker: Worker; failed: boolean }[] => ((globalThis as Record<symbol, unknown>)[Symbol.for('socklab.scan.earlyWorkers')] ?? []) as { worker: Worker; failed: boolean }[];

/** A sparse file of `size` bytes (only its size matters here). */
function fileOfSize(dir: string, name: string, size: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

/** Ends a worker taken for a test: an empty job makes it post `done` and exit. */
async function finish(worker: Worker): Promise<void> {
  const exited = once(worker, 'exit');
  worker.postMessage({ queue: { pieces: [], next: new Int32Array(new SharedArrayBuffer(4)) }, table: null });
  assert.deepEqual(await exited, [0]);
}

test('workers start early only for a scan of a file big enough to split, without --follow', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-early-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const big = fileOfSize(dir, 'big.log', PARALLEL_MIN_BYTES);
  const small = fileOfSize(dir, 'small.log', PARALLEL_MIN_BYTES - 1);
  // Paths stat refuses (ENOTDIR, ENAMETOOLONG) are the scan's to report, not the early start's to throw.
  const refused = [join(small, 'x.log'), 'a'.repeat(300)];
  // A gzip file is streamed, never split, however big.
  const gzip = fileOfSize(dir, 'big.log.gz', PARALLEL_MIN_BYTES);
  writeFileSync(gzip, Buffer.from([0x1f, 0x8b]), { flag: 'r+' });
  for (const argv of [['explain', big], ['scan', small], ['scan', '--follow', big], ['scan', '-f', big], ['scan', join(dir, 'missing.log')], ['scan', dir], ['scan', '-'], ...refused.map((path) => ['scan', path]), ['scan', gzip]]) {
    startScanWorkersEarly(argv, WORKER);
    assert.equal(early().length, 0, argv.join(' '));
  }
  startScanWorkersEarly(['scan', '--json', small, big, '--since', '2h'], WORKER);
  const started = early().map((e) => e.worker);
  assert.equal(started.length, threadsFor(PARALLEL_MIN_BYTES) - 1);
  // A scan takes the early workers first, then starts new ones.
  const taken = [...started.map(() => takeScanWorker(WORKER)), takeScanWorker(WORKER)];
  assert.deepEqual(taken.slice(0, -1), started);
  assert.ok(!started.includes(taken.at(-1)!));
  await Promise.all(taken.map(finish));
});

test('a worker that cannot even be started early is left to the scan, which starts its own', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-early-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // A relative path that does not start with ./ makes the Worker constructor throw at once.
  assert.doesNotThrow(() => startScanWorkersEarly(['scan', fileOfSize(dir, 'big.log', PARALLEL_MIN_BYTES)], 'no-such-worker.js'));
  assert.equal(early().length, 0);
  await finish(takeScanWorker(WORKER));
});

test('a worker that failed before a scan took it is replaced by a new one', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-early-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  startScanWorkersEarly(['scan', fileOfSize(dir, 'big.log', PARALLEL_MIN_BYTES)], join(dir, 'no-such-worker.js'));
  const broken = early().map((e) => e.worker);
  // Early workers do not keep the event loop alive: these must, until they have failed.
  for (const w of broken) w.ref();
  await Promise.all(broken.map((w) => new Promise((resolve) => w.once('exit', resolve))));
  const worker = takeScanWorker(WORKER);
  assert.ok(!broken.includes(worker));
  assert.equal(early().length, 0);
  await finish(worker);
});

test('an early worker no scan took does not keep the process alive', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-early-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const script = join(dir, 'start.cjs');
  const module = new URL('../../src/scan/scan-workers.cjs', import.meta.url).pathname;
  writeFileSync(script, `require(${JSON.stringify(module)}).startScanWorkersEarly(['scan', ${JSON.stringify(fileOfSize(dir, 'big.log', PARALLEL_MIN_BYTES))}], ${JSON.stringify(WORKER.pathname)});\n`);
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(run.error, undefined);
  assert.equal(run.status, 0, run.stderr);
});
