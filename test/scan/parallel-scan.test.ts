// Tests that a large file scanned in worker threads gives exactly the result of the single-thread scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARALLEL_MIN_BYTES, scanInParallel } from '../../src/scan/parallel-scan.js';
import { scanLogs } from '../../src/index.js';

test('parallel and sequential scans of a 70 MB file agree on every count, event, line number and finding', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-parallel-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'big.log');
  // Multi-line records (stack traces, [cause] blocks, tracebacks) too: part boundaries must not split an event.
  const corpus = Buffer.concat(['corpus.log', 'multiline.log'].map((f) => readFileSync(new URL(`../../../test/fixtures/scan/${f}`, import.meta.url))));
  const filler = Buffer.from(`${'2026-11-24T14:00:00Z INFO request served in 3ms path=/api/items\n'.repeat(16_000)}`);
  const out = createWriteStream(path);
  let written = 0;
  while (written < PARALLEL_MIN_BYTES + 6e6) {
    for (const b of [filler, corpus]) if (!out.write(b)) await once(out, 'drain');
    written += filler.length + corpus.length;
  }
  out.end();
  await once(out, 'finish');
  const progress: number[] = [];
  const parallel = await scanLogs([path], { year: 2026, onProgress: (p) => progress.push(p.bytes) });
  const sequential = await scanLogs([path], { year: 2026, parallel: false });
  assert.deepEqual(parallel, sequential);
  assert.ok(parallel.totals.matchedLines > 5000);
  assert.equal(parallel.totals.bytes, written);
  assert.ok(progress.length >= 2, 'workers report progress');
  assert.deepEqual(progress, [...progress].sort((a, b) => a - b));
  assert.ok(progress.at(-1)! <= written);
  // A custom recogniser gets every candidate line, the workers' too (the main thread recognises them all).
  const access = readFileSync(path, 'latin1').split('\n').filter((line) => line.includes('GET /')).length;
  const hit = { ecosystem: 'test', patternId: 'test.get', errno: null, kind: null, origin: { source: 'kernel' }, phase: null, peer: null } as const;
  const custom = await scanLogs([path], { year: 2026, recognizer: { keywords: ['GET /'], recognize: (line) => (line.includes('GET /') ? [hit] : []) } });
  assert.ok(access > 1000);
  assert.equal(custom.totals.matchedLines, access);
  // A recogniser that throws on a worker's line (recognised in a message handler) fails the scan, not the process.
  let calls = 0;
  const broken = { keywords: ['GET /'], recognize: (): [] => { if (++calls > 2000) throw new Error('recogniser broke'); return []; } };
  await assert.rejects(scanLogs([path], { year: 2026, recognizer: broken }), /recogniser broke/);
  // From `node --input-type=module -e`, whose options the workers inherit; and with an option workers refuse (V8's).
  const index = new URL('../../src/index.js', import.meta.url).href;
  const script = `const { scanLogs } = await import(${JSON.stringify(index)}); console.log((await scanLogs([${JSON.stringify(path)}], { year: 2026 })).totals.matchedLines);`;
  for (const options of [[], ['--max-old-space-size=2048']]) {
    const evaluated = spawnSync(process.execPath, [...options, '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(evaluated.stderr, '', options.join(' '));
    assert.equal(evaluated.stdout.trim(), String(parallel.totals.matchedLines));
  }
});

test('a file that is one 100 MB line, or ends in a 60 MB line, scans as it does on stdin', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-parallel-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const mb = Buffer.alloc(1024 * 1024, 0x78);
  const shapes = {
    'one-line.log': { head: '', longLine: 100, end: '\n' },
    'long-last-line.log': { head: '2026-11-24T14:00:00Z INFO ok\n'.repeat(400_000), longLine: 60, end: '\n' },
    'long-last-line-no-newline.log': { head: '2026-11-24T14:00:00Z INFO ok\n'.repeat(400_000), longLine: 60, end: '' },
  };
  for (const [name, shape] of Object.entries(shapes)) {
    const path = join(dir, name);
    const out = createWriteStream(path);
    out.write(`${shape.head}2026-11-24T14:01:00Z Error: read ECONNRESET `);
    for (let i = 0; i < shape.longLine; i++) if (!out.write(mb)) await once(out, 'drain');
    out.end(shape.end);
    await once(out, 'finish');
    const fromFile = await scanLogs([path], { year: 2026 });
    const fromStdin = await scanLogs(['-'], { year: 2026, stdin: createReadStream(path) });
    assert.ok(fromFile.totals.bytes >= PARALLEL_MIN_BYTES, name);
    assert.deepEqual(fromFile.totals, fromStdin.totals, name);
    assert.equal(fromFile.totals.longLines, 1, name);
    assert.deepEqual(fromFile.groups.map((g) => [g.errno, g.count, g.samples[0]!.line]), [['ECONNRESET', 1, fromFile.totals.lines]], name);
    rmSync(path);
  }
});

test('a file removed mid-scan fails the scan with SOCKLAB_INPUT_UNREADABLE when this thread reads the next piece', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-parallel-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'gone.log');
  writeFileSync(path, '2026-11-24T14:00:00Z Error: read ECONNRESET\n'.repeat(20_000));
  // This thread hands on its first piece before a worker has started (tens of milliseconds); the file goes then, so
  // this thread's read of its next piece is the one that fails.
  const scan = scanInParallel(path, 20_000 * 44, 2, { lineCap: 1 << 20, table: () => null, recognize: () => [] }, () => rmSync(path, { force: true }));
  await assert.rejects(scan, (error: Error & { code?: string }) => error.code === 'SOCKLAB_INPUT_UNREADABLE' && /ENOENT/.test(error.message));
});
