// Tests `socklab doctor` through main(): option parsing, --json printing exactly the result, text view, usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { once } from 'node:events';
import { main } from '../../../src/cli/main.js';
import { parseCommandLine } from '../../../src/cli/main.js';
import { COMMANDS } from '../../../src/cli/commands/index.js';
import type { DoctorResult } from '../../../src/doctor/doctor-result.js';
import { memoryIo } from '../../helpers/memory-io.js';

test('parses --interval, --port, --pid, --state, --serve and --top', () => {
  const parsed = parseCommandLine(['doctor', '--interval', '500ms', '--port', '80', '--pid', '42', '--state', 'close-wait'], memoryIo(), COMMANDS);
  assert.deepEqual({ ...parsed?.options }, { json: false, interval: 500, watch: false, port: 80, pid: 42, state: 'CLOSE_WAIT', serve: undefined, top: 20 });
  const serve = parseCommandLine(['doctor', '--serve', '[::1]:9464', '--top', '5'], memoryIo(), COMMANDS);
  assert.deepEqual([serve?.options.serve, serve?.options.top], [{ host: '::1', port: 9464 }, 5]);
  for (const bad of [['--state', 'WAITING'], ['--port', '70000'], ['--interval', '-1s'], ['--interval', '2']]) {
    assert.throws(() => parseCommandLine(['doctor', ...bad], memoryIo(), COMMANDS), { code: 'SOCKLAB_CLI_BAD_OPTION' });
  }
});

test('--json prints the result object, filtered to a listener this test owns', async () => {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const port = (server.address() as net.AddressInfo).port;
    const io = memoryIo();
    assert.equal(await main(['doctor', '--json', '--interval', '0', '--port', String(port)], io), 0);
    const r = JSON.parse(io.out()) as DoctorResult;
    assert.equal(r.totals.sockets, 1);
    assert.equal(r.totals.byState.LISTEN, 1);
    assert.deepEqual(r.processes.map((p) => p.pid), [process.pid]);
    assert.equal(io.err(), '');
  } finally {
    server.close();
  }
});

test('text view without colour, and a usage error exits 2', async () => {
  const io = memoryIo('', { width: 120 });
  assert.equal(await main(['doctor', '--interval', '0', '--state', 'LISTEN'], io), 0);
  assert.match(io.out(), /^socklab doctor .*\[state=LISTEN\]\nSockets: \d+/);
  assert.match(io.out(), /\nFindings\n[\s\S]*\nKernel counters \(changes over 0\.0 s\)\n[\s\S]*\nVisibility\n/);
  assert.doesNotMatch(io.out(), /\x1b\[/);
  // At 60 columns the header wraps between its parts, never between a number and its unit.
  const narrow = memoryIo('', { width: 60 });
  assert.equal(await main(['doctor', '--interval', '0'], narrow), 0);
  assert.deepEqual(narrow.out().split('\n').filter((l) => l.length > 60), []);
  assert.match(narrow.out(), /\b0\.0\u00a0s, snapshot [\d.]+\u00a0ms/);
  const bad = memoryIo();
  assert.equal(await main(['doctor', '--state', 'nope'], bad), 2);
  assert.match(bad.err(), /Invalid --state "nope": expected one of ESTABLISHED, /);
});

test('--watch --json prints one object per interval until SIGINT', async () => {
  const io = memoryIo();
  const run = main(['doctor', '--watch', '--json', '--interval', '200ms', '--state', 'LISTEN'], io);
  // Wait for two refreshes however loaded the machine is, then stop.
  for (let waited = 0; io.out().trim().split('\n').length < 2 && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  process.emit('SIGINT'); // what Ctrl-C delivers to the handler the command installed
  assert.equal(await run, 0);
  const lines = io.out().trim().split('\n');
  assert.ok(lines.length >= 2, `${lines.length} refreshes`);
  for (const line of lines) assert.equal((JSON.parse(line) as DoctorResult).intervalMs, 200);
  assert.doesNotMatch(io.out(), /\x1b\[H/); // not a terminal: appended, never redrawn
  assert.equal(process.listenerCount('SIGINT'), 0);
});

test('--serve answers /metrics and /healthz on loopback until SIGINT', async () => {
  const io = memoryIo();
  const run = main(['doctor', '--serve', '127.0.0.1:0'], io);
  let url: string | undefined;
  while ((url = /serving (http:\S+)\/metrics/.exec(io.err())?.[1]) === undefined) await new Promise((r) => setTimeout(r, 20));
  const metrics = await fetch(`${url}/metrics`);
  assert.equal(metrics.status, 200);
  assert.match(await metrics.text(), /^socklab_tcp_sockets\{state="LISTEN"\} [1-9]\d*$/m);
  assert.equal(await (await fetch(`${url}/healthz`)).text(), 'ok\n');
  process.emit('SIGINT');
  assert.equal(await run, 0);
  assert.doesNotMatch(io.err(), /warning/);
});
