// Tests that a large file scanned in worker threads gives exactly the result of the single-thread scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** True when this process holds a descriptor of the file now at `path`. */
function holds(path: string): boolean {
  return readdirSync('/proc/self/fd').some((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === path;
    } catch {
      return false; // the descriptor readdir itself used, closed by now
    }
  });
}

test('a log rotated mid-scan (renamed, a new file in its place) is read to its end from the file opened, then closed', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-parallel-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'app.log');
  const settings = { lineCap: 1 << 20, table: () => null, recognize: () => [] };
  for (const ending of ['completes', 'aborted', 'fails'] as const) {
    writeFileSync(path, '2026-11-24T14:00:00Z Error: read ECONNRESET\n'.repeat(20_000));
    const abort = new AbortController();
    let lines = 0;
    // This thread hands on its first piece before a worker has started (tens of milliseconds): the log is rotated
    // then, and every later piece, this thread's and the worker's, must still come from the file that was opened.
    const scan = scanInParallel(path, 20_000 * 44, 2, settings, (part) => {
      if (lines === 0) {
        renameSync(path, `${path}.1`);
        writeFileSync(path, 'a new log\n');
        if (ending === 'aborted') abort.abort();
        if (ending === 'fails') throw new Error('the caller failed');
      }
      lines += part.lines;
    }, undefined, abort.signal);
    if (ending === 'fails') await assert.rejects(scan, /the caller failed/);
    else await scan;
    if (ending === 'completes') assert.equal(lines, 20_000);
    assert.equal(holds(`${path}.1`), false, `${ending}: the scanned file is closed`);
    rmSync(`${path}.1`);
  }
});
