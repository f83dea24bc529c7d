// pcapng files of lab runs: one per scenario in --pcap-dir, a path that cannot be written refused before the run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLab, runScenario } from '../../../src/lab/runner.js';

test('runLab({ pcapDir }) writes <scenario>.pcapng, creating the directory, and tshark reads the SYN and the RST', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-pcapdir-'));
  try {
    const target = join(dir, 'new', 'captures');
    const lab = await runLab({ ids: ['econnrefused'], pcapDir: target });
    const file = join(target, 'econnrefused.pcapng');
    assert.equal(lab.runs[0]?.pcap, file);
    const rows = execFileSync('tshark', ['-n', '-r', file, '-T', 'fields', '-e', 'tcp.flags.str', '-e', 'tcp.dstport'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const flags = rows.trim().split('\n').map((r) => r.split('\t')[0]!.replace(/[·\u00b7]/g, ''));
    assert.deepEqual(flags, ['S', 'AR']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unwritable --pcap path fails at once, naming the path, without running the scenario', async () => {
  const started = performance.now();
  await assert.rejects(runScenario('etimedout-host-crash', { pcap: '/proc/socklab-none/x.pcapng' }), (error: Error & { code?: string }) => {
    assert.equal(error.code, 'SOCKLAB_OUTPUT_UNWRITABLE');
    assert.match(error.message, /Cannot write \/proc\/socklab-none\/x\.pcapng: ENOENT/);
    return true;
  });
  await assert.rejects(runLab({ ids: ['econnrefused'], pcapDir: '/proc/socklab-none' }), /Cannot write \/proc\/socklab-none: ENOENT/);
  assert.ok(performance.now() - started < 2000, 'refused before the 7 s scenario ran');
  assert.equal(existsSync('/proc/socklab-none'), false);
});

test('a run cut short by its timeout still writes its --pcap file: an empty capture tshark reads', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-pcapfile-'));
  try {
    const file = join(dir, 'cut.pcapng');
    const run = await runScenario('etimedout-host-crash', { pcap: file, timeoutMs: 50 });
    assert.equal(run.verdict.status, 'failed');
    const packets = execFileSync('tshark', ['-n', '-r', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    assert.equal(packets, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an interrupted runLab removes the --pcap-dir directories it made and nothing else', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-pcapdir-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // Killed mid-run: etimedout-host-crash waits 3.4 s on kernel timers, so no capture is written before the abort.
  const interrupted = runLab({ ids: ['etimedout-host-crash'], pcapDir: join(dir, 'new', 'captures'), signal: AbortSignal.timeout(300) });
  await assert.rejects(interrupted, { name: 'TimeoutError' });
  assert.deepEqual(readdirSync(dir), [], 'new/ and new/captures/ are gone');
  // Aborted before any scenario started, under a directory that was there before: that one stays, as it was.
  mkdirSync(join(dir, 'kept'));
  const controller = new AbortController();
  const early = runLab({ ids: ['econnrefused'], pcapDir: join(dir, 'kept', 'captures'), signal: controller.signal });
  controller.abort();
  await assert.rejects(early, { name: 'AbortError' });
  assert.deepEqual(readdirSync(dir), ['kept']);
  assert.deepEqual(readdirSync(join(dir, 'kept')), []);
});
