// Tests the scan worker's bundle (dist/src/scan/scan-worker.cjs) on its own: what it does when a piece cannot be read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const WORKER = new URL('../../src/scan/scan-worker.cjs', import.meta.url);

test('a worker that cannot read its piece ends with an error, whatever --unhandled-rejections says', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-worker-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // A descriptor nothing can be read from: a directory's.
  const fd = openSync(dir, 'r');
  t.after(() => closeSync(fd));
  const piece = { fd, start: 0, end: 100, lineCap: 1024 };
  for (const execArgv of [[], ['--unhandled-rejections=warn'], ['--unhandled-rejections=none']]) {
    const worker = new Worker(WORKER, { execArgv, stderr: true });
    const messages: unknown[] = [];
    worker.on('message', (message: unknown) => messages.push(message));
    // An error comes before the exit; an exit alone (with 0) is what lost a scan's pieces.
    const ended = Promise.race([once(worker, 'error').then(([error]) => error as Error), once(worker, 'exit').then(([code]) => `exit ${String(code)}`)]);
    worker.postMessage({ queue: { pieces: [piece], next: new Int32Array(new SharedArrayBuffer(4)) }, table: null });
    const outcome = await ended;
    assert.ok(outcome instanceof Error && /EISDIR/.test(outcome.message), `${execArgv.join(' ')}: ${String(outcome)}`);
    assert.deepEqual(messages, [], execArgv.join(' '));
  }
});
