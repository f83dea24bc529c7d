// Tests `socklab scan` through main(): text report, --json is exactly the library result, stdin, usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, parseCommandLine } from '../../../src/cli/main.js';
import { COMMANDS } from '../../../src/cli/commands/index.js';
import { scanLogs, type ScanResult } from '../../../src/index.js';
import { memoryIo } from '../../helpers/memory-io.js';
import { childOutput } from '../../helpers/child-output.js';

const corpus = new URL('../../../../test/fixtures/scan/corpus.log', import.meta.url).pathname;

test('parses and checks the numeric options', () => {
  const parsed = parseCommandLine(['scan', '--json', '--poll', '50ms', '--year', '2026'], memoryIo(), COMMANDS);
  assert.deepEqual({ ...parsed?.options }, { json: true, follow: false, poll: 50, year: 2026, maxGroups: 20, since: undefined, until: undefined, maxErrors: 0 });
  assert.throws(() => parseCommandLine(['scan', '--poll', '-1'], memoryIo(), COMMANDS), { code: 'SOCKLAB_CLI_BAD_OPTION' });
  assert.throws(() => parseCommandLine(['scan', '--max-groups', 'many'], memoryIo(), COMMANDS), { code: 'SOCKLAB_CLI_BAD_OPTION' });
});

test('--json prints exactly the ScanResult of scanLogs', async () => {
  const io = memoryIo();
  assert.equal(await main(['scan', '--json', '--year', '2026', corpus], io), 1);
  const printed = JSON.parse(io.out()) as ScanResult;
  assert.deepEqual(printed, JSON.parse(JSON.stringify(await scanLogs([corpus], { year: 2026 }))));
  assert.equal(io.err(), 'socklab: 102 socket errors found.\n');
});

test('the text report shows groups with histogram, samples, advice and the findings, without colour when io.color is off', async () => {
  const io = memoryIo('', { width: 200 });
  assert.equal(await main(['scan', '--year', '2026', '--max-groups', '2', corpus], io), 1);
  const out = io.out();
  assert.match(out, /^Scanned 1 source: 172 lines, 0\.0 MB; 102 socket errors in 102 lines, \d+ groups\./);
  assert.match(out, /\nECONNRESET {2}go {2}read {2}10\.0\.0\.5:5432 {2}x32\n {2}seen {3}2026-11-24 14:03:05 \.\. 2026-11-24 14:12:29\n {2}rate {3}[▁-█ ]+ {2}\(1 column = 1min, peak 30\)/);
  assert.match(out, /corpus\.log:26 {2}2026-11-24T14:03:05\.588Z level=error/);
  assert.match(out, /\n {2}why {4}\S/);
  assert.match(out, /more groups \(\d+ errors\); use --json for all\./);
  assert.match(out, /\nFindings\n {2}1\. A burst started at 14:12[^\n]*\n {2}2\. [^\n]+\n {2}3\. 64% of ECONNRESET/);
  assert.ok(!out.includes('\x1b['), 'no ANSI escapes');
});

test('`-` reads stdin and progress never reaches a non-interactive stderr', async () => {
  const io = memoryIo(readFileSync(corpus, 'utf8'));
  assert.equal(await main(['scan', '--json', '--max-errors', '1000', '-'], io), 0);
  assert.equal((JSON.parse(io.out()) as ScanResult).totals.matchedLines, 102);
  assert.equal(io.err(), '');
});

test('a missing file exits 2 with a message', async () => {
  const io = memoryIo();
  assert.equal(await main(['scan', '/nonexistent/app.log'], io), 2);
  assert.match(io.err(), /Cannot read \/nonexistent\/app\.log: ENOENT/);
});

test('--follow prints hits as they come and the summary after SIGINT', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-follow-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'app.log');
  writeFileSync(path, '2026-11-24T14:00:00Z Error: connect ECONNREFUSED 10.0.0.5:5432\n');
  const bin = new URL('../../../src/cli/bin.cjs', import.meta.url).pathname;
  const child = spawn(process.execPath, [bin, 'scan', '--follow', '--poll', '20ms', path], { stdio: ['ignore', 'pipe', 'pipe'] });
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const output = childOutput(child);
  await output.until(/app\.log:1 {2}ECONNREFUSED {2}node {2}connect {2}10\.0\.0\.5:5432\n/);
  appendFileSync(path, 'noise\n2026-11-24T14:00:03Z Error: write EPIPE\n');
  await output.until(/app\.log:3 {2}EPIPE {2}node {2}write/);
  child.kill('SIGINT');
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(killer);
  assert.equal(code, 1, 'errors were found');
  assert.match(output.out(), /Scanned 1 source: 3 lines, [\d.]+ MB; 2 socket errors in 2 lines, 2 groups\./);
});

test('exit codes for CI: 0 when clean, 1 when errors are found beyond --max-errors, with --since/--until applied first', async () => {
  const clean = memoryIo('2026-11-24T14:00:00Z INFO all good\n');
  assert.equal(await main(['scan', '-'], clean), 0);
  assert.match(clean.out(), /No socket errors found\./);
  const within = memoryIo();
  assert.equal(await main(['scan', '--max-errors', '102', '--year', '2026', corpus], within), 0);
  const over = memoryIo();
  assert.equal(await main(['scan', '--max-errors', '101', '--year', '2026', corpus], over), 1);
  assert.equal(over.err(), 'socklab: 102 socket errors found (more than --max-errors 101).\n');
  const windowed = memoryIo();
  assert.equal(await main(['scan', '--json', '--year', '2026', '--since', '2026-11-24T14:05', '--until', '2026-11-24 14:06', corpus], windowed), 1);
  const result = JSON.parse(windowed.out()) as ScanResult;
  assert.deepEqual(result.window, { since: '2026-11-24T14:05:00.000Z', until: '2026-11-24T14:06:00.000Z' });
  assert.ok(result.totals.hits > 0 && result.totals.hits < 102 && result.totals.hits + result.totals.outsideWindow === 102);
  const future = memoryIo();
  assert.equal(await main(['scan', '--since', '0s', '--year', '2026', corpus], future), 0, 'nothing in the window: clean');
});
