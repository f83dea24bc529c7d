// The test-suite example of docs/proxy.md, run as written (only the import path differs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect, createServer, type AddressInfo } from 'node:net';
import { once } from 'node:events';
import { createProxy, type InProcessProxy } from '../../src/index.js';

// Stand-in for the real service: an echo server. Your code would talk to proxy.listen instead of the service.
const upstream = createServer((s) => s.pipe(s));
let proxy: InProcessProxy;
before(async () => {
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  proxy = await createProxy({ upstream: `127.0.0.1:${(upstream.address() as AddressInfo).port}`, seed: 1 });
});
after(async () => {
  await proxy.close();
  upstream.close();
});

test('a connection reset by the peer surfaces as ECONNRESET', async () => {
  await proxy.withToxic({ type: 'reset_after', attributes: { timeout: 200 } }, async () => { // RST 200 ms after connect
    const s = connect(proxy.port, proxy.host);
    const received: Buffer[] = [];
    s.on('data', (chunk: Buffer) => received.push(chunk));
    const failed = once(s, 'error'); // listen before anything can fail: the RST may come at any moment
    s.write('ping');
    const [err] = await failed;
    assert.equal((err as NodeJS.ErrnoException).code, 'ECONNRESET');
    assert.equal(Buffer.concat(received).toString(), 'ping'); // traffic flowed until the RST
  }); // the toxic is removed here, even if an assertion failed
});

test('latency is added to every reply', async () => {
  const t = await proxy.addToxic({ type: 'latency', attributes: { latency: 200 } }); // in force on resolve
  try {
    const s = connect(proxy.port, proxy.host);
    const started = Date.now();
    s.write('ping');
    await new Promise((resolve) => s.once('data', resolve));
    assert.ok(Date.now() - started >= 190);
    s.destroy();
  } finally {
    await proxy.removeToxic(t.name);
  }
});
