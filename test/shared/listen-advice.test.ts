// A port already taken: `doctor --serve` and `proxy` say so and what to do (was exit 70, "a bug in socklab", for doctor).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

test('a taken port: doctor --serve exits 2 and proxy exits 1, naming the port, how to find its owner and the fix', async (t) => {
  const taken = createServer().listen(0, '127.0.0.1');
  await once(taken, 'listening');
  t.after(() => taken.close());
  const { port } = taken.address() as AddressInfo;
  const advice = `another socket already listens on port ${port} (\`ss -ltnp 'sport = :${port}'\` shows which process): stop it or pick another port`;

  const doctor = memoryIo();
  assert.equal(await main(['doctor', '--serve', String(port)], doctor), 2);
  assert.equal(doctor.err(), `socklab: Cannot serve metrics on 127.0.0.1:${port}: listen EADDRINUSE: address already in use 127.0.0.1:${port}; ${advice}\n`);

  const json = memoryIo();
  assert.equal(await main(['doctor', '--serve', `127.0.0.1:${port}`, '--json'], json), 2);
  assert.deepEqual(JSON.parse(json.out()), { error: { code: 'SOCKLAB_DOCTOR_SERVE_FAILED', message: doctor.err().slice('socklab: '.length, -1), exitCode: 2 } });

  const proxy = memoryIo();
  assert.equal(await main(['proxy', '--port', String(port)], proxy), 1);
  assert.match(proxy.err(), new RegExp(`^socklab: listen tcp 127\\.0\\.0\\.1:${port}: listen EADDRINUSE: .*; ${advice.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
});
