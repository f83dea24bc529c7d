// A file socklab cannot read or write: the message names the errno and the fix, for the real cases a user meets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { AS_NOBODY, runtimeForNobody } from '../helpers/nobody-runtime.js';
import { memoryIo } from '../helpers/memory-io.js';

test('scan of a directory and a report into a missing directory: EISDIR and ENOENT with the fix', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-file-advice-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const scan = memoryIo();
  assert.equal(await main(['scan', dir], scan), 2);
  assert.equal(scan.err(), `socklab: Cannot read ${dir}: EISDIR; it is a directory: name the files in it\n`);
  const lab = memoryIo();
  assert.equal(await main(['lab', 'econnrefused', '--html', join(dir, 'reports', 'lab.html'), '--json'], lab), 2);
  const { error } = JSON.parse(lab.out()) as { error: { code: string; message: string } };
  assert.equal(error.code, 'SOCKLAB_OUTPUT_UNWRITABLE');
  assert.match(error.message, /: ENOENT: .*; its directory does not exist: create it first with mkdir -p, or choose another path$/);
});

test('as nobody, scan of a file only root may read: EACCES and the fix, exit 2, no stack trace', { skip: process.getuid?.() !== 0 && 'needs root to make a root-only file and switch to nobody', timeout: 30_000 }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-file-advice-'));
  chmodSync(dir, 0o755);
  const secret = join(dir, 'root-only.log');
  writeFileSync(secret, 'Error: read ECONNRESET\n');
  chmodSync(secret, 0o600);
  const runtime = runtimeForNobody();
  t.after(() => {
    runtime.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });
  const run = spawnSync(AS_NOBODY[0], [...AS_NOBODY.slice(1), process.execPath, join(runtime.root, 'dist/src/cli/bin.cjs'), 'scan', secret], { encoding: 'utf8', cwd: '/', timeout: 20_000 });
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, new RegExp(`^socklab: Cannot read ${secret}: EACCES.*; permission denied: run as a user who may read it, e\\.g\\. with sudo, or change its permissions\\n$`));
});
