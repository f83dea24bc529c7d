// Tests `socklab probe` through main(): exit codes, --json, escapes in --send, bad targets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { once } from 'node:events';
import { main, parseCommandLine } from '../../../src/cli/main.js';
import { COMMANDS } from '../../../src/cli/commands/index.js';
import { unescapeText } from '../../../src/cli/commands/probe.js';
import type { ProbeResult } from '../../../src/doctor/probe-result.js';
import { memoryIo } from '../../helpers/memory-io.js';

test('parses --timeout as a duration and unescapes --send and --expect', async () => {
  const parsed = parseCommandLine(['probe', 'h:1', '--timeout', '1.5s', '--send', 'PING\\r\\n', '--expect', 'PONG'], memoryIo(), COMMANDS);
  assert.deepEqual({ ...parsed?.options }, { json: false, timeout: 1500, send: 'PING\\r\\n', expect: 'PONG' });
  assert.equal(unescapeText('PING\\r\\n'), 'PING\r\n');
  assert.throws(() => parseCommandLine(['probe', 'h:1', '--timeout', '0'], memoryIo(), COMMANDS), { code: 'SOCKLAB_CLI_BAD_OPTION' });
  const io = memoryIo();
  assert.equal(await main(['probe', 'h:1', '--timeout', '500'], io), 2);
  assert.match(io.err(), /Invalid --timeout "500": expected a duration from 1ms to 10m with a unit/);
});

test('an open port exits 0 and --json prints the result; a refused one exits 1', async () => {
  const server = net.createServer((c) => c.on('data', (d) => { if (d.includes('\n')) c.end('PONG\n'); })).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as net.AddressInfo).port;
  try {
    const io = memoryIo();
    assert.equal(await main(['probe', `127.0.0.1:${port}`, '--send', 'PING\\n', '--expect', 'PONG', '--json'], io), 0);
    const r = JSON.parse(io.out()) as ProbeResult;
    assert.equal(r.exchange?.sentBytes, 5);
    assert.equal(r.verdict.code, 'ok');
    const text = memoryIo();
    assert.equal(await main(['probe', `127.0.0.1:${port}`, '--timeout', '2s'], text), 0);
    assert.match(text.out(), /connect {3}127\.0\.0\.1 +connected in [\d.]+ ms[\s\S]*tcp_info {2}ESTABLISHED, rtt \d+ us[\s\S]*verdict {3}OK/);
  } finally {
    server.close();
  }
  await once(server, 'close');
  const refused = memoryIo();
  assert.equal(await main(['probe', `127.0.0.1:${port}`], refused), 1);
  assert.match(refused.out(), /ECONNREFUSED[\s\S]*verdict {3}REFUSED/);
});

test('a bad target is a usage error', async () => {
  const io = memoryIo();
  assert.equal(await main(['probe', 'localhost'], io), 2);
  assert.match(io.err(), /not a probe target/);
});
