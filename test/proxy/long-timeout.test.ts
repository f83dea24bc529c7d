// Times of 2^31 ms and more are held, never fired after ~1 ms (Node's setTimeout overflow), for every toxic timer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { createProxy } from '../../src/index.js';
import { longTimeout } from '../../src/proxy/long-timeout.js';
import { memoryIo } from '../helpers/memory-io.js';
import { blackHole, dial, echoUpstream, readAll, rig } from '../helpers/proxy-fixtures.js';

const LONG = 2 ** 31;

test('longTimeout: 2^31 ms, 1e308 ms and Infinity do not fire; short ones fire, refresh restarts, clear cancels', async () => {
  const fired: string[] = [];
  const long = [LONG, 1e308, Infinity].map((ms) => longTimeout(() => fired.push(String(ms)), ms));
  try {
    const cleared = longTimeout(() => fired.push('cleared'), 10);
    cleared.clear();
    await new Promise<void>((resolve) => longTimeout(resolve, 20));
    let refreshedAt = 0;
    const firedAt = await new Promise<number>((resolve) => {
      const t = longTimeout(() => resolve(performance.now()), 300);
      setTimeout(() => {
        refreshedAt = performance.now();
        t.refresh();
      }, 50);
    });
    // Node's timers count whole ms of loop time: 300 ms may measure 299.x. Without the refresh it fires at 250.
    assert.ok(firedAt - refreshedAt >= 295, `fired ${(firedAt - refreshedAt).toFixed(1)} ms after the refresh`);
    assert.deepEqual(fired, []);
  } finally {
    for (const t of long) t.clear(); // else they keep the test process alive for good when an assertion fails
  }
});

// [type, attributes, whether the echo arrives within the wait, whether the client ends its side]
const cases: [string, Record<string, number>, boolean, boolean][] = [
  ['latency', { latency: LONG }, false, false],
  ['timeout', { timeout: LONG }, false, false],
  ['reset_peer', { timeout: LONG }, false, false],
  ['reset_peer', { timeout: LONG, reset_idle: 1 }, true, false],
  ['reset_after', { timeout: LONG }, true, false],
  ['close_wait', { delay: LONG }, true, false],
  ['hang_after', { timeout: LONG }, true, false],
  ['slow_open', { delay: LONG }, false, false],
  ['slow_close', { delay: LONG }, true, true],
];

test('every toxic time of 2^31 ms is held: nothing fires within 300 ms', async () => {
  const r = await rig(await echoUpstream());
  try {
    for (const [type, attributes, echoes, ends] of cases) {
      const label = `${type} ${JSON.stringify(attributes)}`;
      assert.equal((await r.toxic({ type, name: 'long', attributes })).status, 200, label);
      const s = await dial(r.port);
      let got = '';
      let closed = '';
      s.on('data', (b: Buffer) => (got += b.toString()));
      s.on('end', () => (closed ||= 'FIN'));
      s.on('error', (e: NodeJS.ErrnoException) => (closed ||= e.code ?? 'error'));
      if (ends) s.end('ping');
      else s.write('ping');
      await new Promise((x) => setTimeout(x, 300));
      assert.equal(got, echoes ? 'ping' : '', `${label}: echo`);
      assert.equal(closed, '', `${label}: still open`);
      s.destroy();
      assert.equal((await fetch(`${r.server.url}/proxies/p/toxics/long`, { method: 'DELETE' })).status, 204);
    }
  } finally {
    await r.done();
  }
});

test('the dial timeout: 2^31 ms is held by the library; the CLI refuses more than 1 h, naming the range', async () => {
  const black = await blackHole(); // the proxy's dial to it hangs until its timeout
  const proxy = await createProxy({ upstream: `127.0.0.1:${black.port}`, dialTimeoutMs: LONG });
  try {
    const s = await dial(proxy.port);
    const out = await readAll(s, 300);
    assert.equal(out.error?.code, 'TEST_DEADLINE', 'the dial is still waiting, not given up after ~1 ms');
    s.destroy();
  } finally {
    await proxy.close();
    black.close();
  }
  const io = memoryIo();
  assert.equal(await main(['proxy', '--dial-timeout', '25d'], io), 2);
  assert.match(io.err(), /--dial-timeout.*from 1ms to 1h/);
});
