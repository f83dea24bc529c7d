// Report and capture files: checked before a run without emptying last time's file or leaving a new one behind,
// even when the run is interrupted (Ctrl-C) half-way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOutputFile } from '../../src/shared/output-file.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.cjs', import.meta.url));

test('checkOutputFile leaves an existing file as it was and creates nothing for a new path', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-output-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'old.html'), 'last run');
  await checkOutputFile(join(dir, 'old.html'));
  assert.equal(readFileSync(join(dir, 'old.html'), 'utf8'), 'last run');
  await checkOutputFile(join(dir, 'new.html'));
  assert.equal(existsSync(join(dir, 'new.html')), false);
  mkdirSync(join(dir, 'a-directory'));
  await assert.rejects(checkOutputFile(join(dir, 'a-directory')), /Cannot write .*a-directory: EISDIR/);
  await assert.rejects(checkOutputFile(join(dir, 'missing', 'x.html')), (e: Error & { code?: string }) => e.code === 'SOCKLAB_OUTPUT_UNWRITABLE');
});

test('Ctrl-C during `lab --html`, `lab --pcap-dir` and `repro --html --svg --pcap` keeps the old files and leaves no new ones', { timeout: 60_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-output-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const old = join(dir, 'old.html');
  writeFileSync(old, 'last run');
  const runs = [
    ['lab', '--html', old],
    ['lab', 'etimedout-host-crash', '--html', join(dir, 'lab.html')],
    ['repro', 'etimedout-host-crash', '--html', old, '--svg', join(dir, 'new.svg'), '--pcap', join(dir, 'new.pcapng')],
    ['lab', 'etimedout-host-crash', '--pcap-dir', join(dir, 'new', 'captures')],
  ];
  for (const argv of runs) {
    // Its own process group, signalled as a terminal's Ctrl-C signals the foreground group.
    const child = spawn(process.execPath, [BIN, ...argv], { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the etimedout-host-crash run takes 3.4 s
    process.kill(-child.pid!, 'SIGINT');
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    assert.ok(code === 130 || signal === 'SIGINT', `${argv.join(' ')}: interrupted (exit ${code}, ${signal}); ${err}`);
  }
  assert.equal(readFileSync(old, 'utf8'), 'last run');
  assert.deepEqual(readdirSync(dir), ['old.html']);
});
