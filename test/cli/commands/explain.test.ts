// `socklab explain` through main(): text and --json output, --platform, stdin, and the exit codes 0, 1 and 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';
import type { ExplainResult } from '../../../src/catalog/explain.js';
import { memoryIo } from '../../helpers/memory-io.js';

const BIN = fileURLToPath(new URL('../../../src/cli/bin.cjs', import.meta.url));

test('explain ECONNABORTED shows every platform number and the Linux accept() note', async () => {
  const io = memoryIo();
  assert.equal(await main(['explain', 'ECONNABORTED', '--platform', 'linux'], io), 0);
  const out = io.out();
  for (const cell of ['linux 103', 'alpha 53', 'mips 130', 'parisc 231', 'freebsd 53', 'macos 53', 'windows 10053']) assert.ok(out.includes(cell), cell);
  assert.match(out, /Linux notes[\s\S]*accept\(\)/);
  assert.match(out, /Reproduce: socklab repro /);
  assert.equal(io.err(), '');
});

test('explain 130 --platform mips finds ECONNABORTED', async () => {
  const io = memoryIo();
  assert.equal(await main(['explain', '130', '--platform', 'mips'], io), 0);
  assert.match(io.out(), /^130 is ECONNABORTED on mips\.\n\nECONNABORTED — Software caused connection abort \(130 on mips\)/);
});

test('a log line given as several arguments is joined and recognised', async () => {
  const io = memoryIo();
  assert.equal(await main(['explain', 'Error:', 'connect', 'ECONNREFUSED', '127.0.0.1:5432'], io), 0);
  assert.match(io.out(), /line 1: errno · kernel errno ECONNREFUSED · connect · peer 127\.0\.0\.1:5432/);
});

test('--json prints exactly the ExplainResult', async () => {
  const io = memoryIo();
  assert.equal(await main(['explain', '--json', 'java.net.SocketException: Connection reset'], io), 0);
  const result = JSON.parse(io.out()) as ExplainResult;
  assert.deepEqual(Object.keys(result), ['input', 'recognitions', 'primary', 'errnos']);
  assert.equal(result.input.kind, 'text');
  assert.equal(result.recognitions[0]?.patternId, 'java.connection-reset');
  assert.equal(result.errnos[0]?.name, 'ECONNRESET');
  assert.equal(typeof result.errnos[0]?.entry.summary, 'string');
});

test('- reads the query from stdin', async () => {
  const io = memoryIo('nginx: *3 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://10.0.0.4:80/"\n', { width: 200 });
  assert.equal(await main(['explain', '-'], io), 0);
  assert.match(io.out(), /^A timer expired: reported by nginx as ETIMEDOUT \(110\), not a kernel errno\n/);
  assert.match(io.out(), /line 1: timer · reported by nginx as ETIMEDOUT \(110\), not a kernel errno · read \(reading\) · peer 10\.0\.0\.4:80/);
});

test('no socket error in the input: a message on stderr and exit 1 (JSON still printed with --json)', async () => {
  const io = memoryIo();
  assert.equal(await main(['explain', 'everything is fine'], io), 1);
  assert.equal(io.out(), '');
  assert.match(io.err(), /No socket error recognised/);
  const json = memoryIo();
  assert.equal(await main(['explain', '--json', 'everything is fine'], json), 1);
  assert.deepEqual((JSON.parse(json.out()) as ExplainResult).errnos, []);
  const empty = memoryIo('');
  assert.equal(await main(['explain', '-'], empty), 1);
  assert.match(empty.err(), /No socket error recognised/);
});

test('an unknown errno name exits 1 with a clear message; --json still prints the empty result', async () => {
  const io = memoryIo();
  assert.equal(await main(['explain', 'EFROBNICATE'], io), 1);
  assert.match(io.err(), /"EFROBNICATE" is not an errno socklab knows/);
  const json = memoryIo();
  assert.equal(await main(['explain', '--json', 'EFOO'], json), 1);
  const result = JSON.parse(json.out()) as ExplainResult;
  assert.deepEqual([result.input.kind, result.input.query, result.recognitions, result.errnos], ['errno-name', 'EFOO', [], []]);
  assert.match(json.err(), /"EFOO" is not an errno socklab knows/);
});

test('bad usage exits 2: no query, unknown platform', async () => {
  const none = memoryIo();
  assert.equal(await main(['explain'], none), 2);
  assert.match(none.err(), /explain needs a query/);
  const platform = memoryIo();
  assert.equal(await main(['explain', '104', '--platform', 'vax'], platform), 2);
  assert.match(platform.err(), /Invalid --platform "vax": expected one of linux, alpha, /);
});

test('the real binary reads a stack trace from stdin (spawned once)', () => {
  const trace = 'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n';
  const run = spawnSync(process.execPath, [BIN, 'explain', '-'], { input: trace, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '200' }, timeout: 20_000 });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /line 3: errno · kernel errno EPIPE \(32 on linux\) · write · python python\.broken-pipe/);
  assert.match(run.stdout, /^EPIPE — /m);
});

test('--short gives a line that names no errno its one line too: the kind of failure and who reported it', async () => {
  const io = memoryIo();
  assert.equal(await main(['explain', '--short', 'rpcbind: server localhost not responding, timed out'], io), 0);
  assert.equal(io.out(), 'A timer expired: reported by the program, no errno\n');
});

test('--short prints one line per errno as errno(1) does; several names or numbers are several queries', async () => {
  const io = memoryIo();
  assert.equal(await main(['explain', '--short', 'ECONNRESET', 'ETIMEDOUT', '--platform', 'linux'], io), 0);
  assert.equal(io.out(), 'ECONNRESET 104 Connection reset by peer\nETIMEDOUT 110 Connection timed out\n');
  const json = memoryIo();
  assert.equal(await main(['explain', '--json', 'ECONNRESET', 'EFOO'], json), 1);
  const results = JSON.parse(json.out()) as ExplainResult[];
  assert.deepEqual(results.map((r) => r.errnos.map((e) => e.name)), [['ECONNRESET'], []]);
  assert.match(json.err(), /"EFOO" is not an errno socklab knows/);
});

test('--list lists the catalog and --search finds messages; no match exits 1', async () => {
  const list = memoryIo();
  assert.equal(await main(['explain', '--list', '--platform', 'linux'], list), 0);
  assert.match(list.out(), /^ECONNRESET +104 Connection reset by peer$/m);
  const search = memoryIo();
  assert.equal(await main(['explain', '--search', 'RESET', '--platform', 'linux'], search), 0);
  assert.deepEqual(search.out().trim().split('\n').map((l) => l.split(' ')[0]), ['ENETRESET', 'ECONNRESET']);
  const none = memoryIo();
  assert.equal(await main(['explain', '--search', 'zzzz', '--json'], none), 1);
  assert.deepEqual((JSON.parse(none.out()) as { errnos: unknown[] }).errnos, []);
});
