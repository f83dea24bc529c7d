// The built CLI is executable as a file, as `npx socklab` runs it (the test command's build must keep the bit), and
// its bundle (scripts/bundle-cli.mjs) runs from an installed copy of the package, outside this checkout, and when built
// in a checkout that sits under a folder named node_modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PARALLEL_MIN_BYTES } from '../../src/scan/parallel-scan.js';
import { installedCopy } from '../helpers/nobody-runtime.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.cjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

test('dist/src/cli/bin.cjs has its execute bits and runs by itself', async () => {
  assert.equal(statSync(BIN).mode & 0o111, 0o111);
  const { stdout } = await run(BIN, ['--version']);
  assert.match(stdout, /^\d+\.\d+\.\d+/);
});

test('the CLI bundle and the scan worker are ASCII, so they load as one-byte strings', () => {
  // Measured: 2.5 ms of CPU at every start against a bundle holding five non-ASCII characters. esbuild escapes them in
  // strings; in a regex literal or a tagged template (html``), write them as \u escapes.
  for (const file of ['../../src/cli/cli.bundle.cjs', '../../src/scan/scan-worker.cjs']) {
    const text = readFileSync(new URL(file, import.meta.url), 'latin1');
    const at = text.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `${file}: ${text.slice(Math.max(0, at - 60), at + 20)}`);
  }
});

test('the executable scans a gzip file: modules loaded on first need (node:zlib) are found from the bundle', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-bin-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const log = join(dir, 'app.log.1.gz');
  writeFileSync(log, gzipSync(readFileSync(new URL('../../../test/fixtures/scan/corpus.log', import.meta.url))));
  const { stdout } = await run(process.execPath, [BIN, 'scan', '--json', '--max-errors', '1000', log]);
  const result = JSON.parse(stdout) as { sources: { gzip: boolean }[]; totals: { matchedLines: number } };
  assert.deepEqual([result.sources[0]?.gzip, result.totals.matchedLines], [true, 102]);
});

test('an installed copy runs: explain, and a scan big enough for worker threads (files found beside the bundle)', async (t) => {
  const copy = installedCopy();
  const dir = mkdtempSync(join(tmpdir(), 'socklab-bin-'));
  t.after(() => {
    copy.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });
  const bin = join(copy.root, 'dist/src/cli/bin.cjs');
  const explained = JSON.parse((await run(process.execPath, [bin, 'explain', '--json', 'read ECONNRESET'])).stdout) as { errnos: { name: string }[] };
  assert.deepEqual(explained.errnos.map((e) => e.name), ['ECONNRESET']);
  // Past the size a scan splits across threads: the workers, the .wasm files and the prebuilt keyword table are
  // all found through paths relative to modules that now live in the bundle.
  const log = join(dir, 'app.log');
  const fd = openSync(log, 'w');
  const block = Buffer.from(`${'2026-11-24T14:00:00Z INFO request served in 3 ms\n'.repeat(20_000)}2026-11-24T14:00:01Z Error: read ECONNRESET\n`);
  let blocks = 0;
  for (let written = 0; written < PARALLEL_MIN_BYTES + 4e6; written += block.length, blocks++) writeSync(fd, block);
  closeSync(fd);
  const scanned = await run(process.execPath, [bin, 'scan', '--json', '--max-errors', String(blocks), log]);
  const result = JSON.parse(scanned.stdout) as { totals: { hits: number }; byErrno: { errno: string; count: number }[] };
  assert.equal(result.totals.hits, blocks);
  assert.deepEqual(result.byErrno.map((e) => [e.errno, e.count]), [['ECONNRESET', blocks]]);
});

test('a build in a checkout under a folder named node_modules bundles a CLI that finds its files', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-bin-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const root = join(dir, 'node_modules/socklab');
  mkdirSync(root, { recursive: true });
  for (const part of ['package.json', 'dist/src']) cpSync(join(ROOT, part), join(root, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  const bundler = pathToFileURL(join(ROOT, 'scripts/bundle-cli.mjs')).href;
  await ((await import(bundler)) as { bundleCli: (dist: string) => Promise<void> }).bundleCli(join(root, 'dist'));
  // The code cached for the bundle copied in was compiled for other source; V8 would run it for a bundle of the same
  // length (here that hung on the temporary folders' names, and crashed node once).
  assert.equal(existsSync(join(root, 'dist/src/cli/cli.bundle.cache')), false, 'bundleCli leaves no stale code cache');
  const explained = JSON.parse((await run(process.execPath, [join(root, 'dist/src/cli/bin.cjs'), 'explain', '--json', 'read ECONNRESET'])).stdout) as { errnos: { name: string }[] };
  assert.deepEqual(explained.errnos.map((e) => e.name), ['ECONNRESET']);
});

test('a bundle changed to the same length beside the code cached for the old one runs from its own source', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-bin-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const part of ['package.json', 'dist/src']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // Two characters fewer in the first line and two more at the end: every function after it moves, the length stays.
  const bundle = join(dir, 'dist/src/cli/cli.bundle.cjs');
  const text = readFileSync(bundle, 'utf8');
  const edited = `${text.replace('const __bundleUrl = require', 'const __bundleUrl=require')}  `;
  assert.equal(edited.length, text.length);
  assert.notEqual(edited, text);
  writeFileSync(bundle, edited);
  assert.ok(existsSync(join(dir, 'dist/src/cli/cli.bundle.cache')));
  const explained = JSON.parse((await run(process.execPath, [join(dir, 'dist/src/cli/bin.cjs'), 'explain', '--json', 'read ECONNRESET'])).stdout) as { errnos: { name: string }[] };
  assert.deepEqual(explained.errnos.map((e) => e.name), ['ECONNRESET']);
});
