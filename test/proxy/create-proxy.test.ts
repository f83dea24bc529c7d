// The in-process API: createProxy listens at once, toxics by method, errors as SocklabError, clean close.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createProxy, isSocklabError } from '../../src/index.js';
import { dial, echoUpstream, payload, readAll, sha256, waitFor } from '../helpers/proxy-fixtures.js';

test('createProxy: pass-through, add/update/remove toxics, connections, disable/enable, close', async () => {
  const up = await echoUpstream();
  const proxy = await createProxy({ upstream: up.address, seed: 3 });
  try {
    assert.match(proxy.listen, /^127\.0\.0\.1:\d+$/);
    const data = payload(500_000);
    let s = await dial(proxy.port);
    let reading = readAll(s);
    s.end(data);
    assert.equal(sha256((await reading).data), sha256(data));

    const t = await proxy.addToxic({ type: 'latency', attributes: { latency: 100 } });
    assert.equal(t.name, 'latency_downstream');
    assert.deepEqual((await proxy.updateToxic(t.name, { attributes: { jitter: 5 } })).attributes, { latency: 100, jitter: 5 });
    s = await dial(proxy.port);
    reading = readAll(s);
    s.end('ping');
    const out = await reading;
    assert.equal(out.data.toString(), 'ping');
    assert.ok(out.ms >= 90);
    await assert.rejects(proxy.addToxic({ type: 'slicer', attributes: { average_size: 0 } }), (e: unknown) => isSocklabError(e) && e.code === 'SOCKLAB_PROXY_INVALID_ATTRIBUTE');
    await proxy.removeToxic(t.name);
    assert.deepEqual(proxy.toxics(), []);

    const live = await dial(proxy.port);
    live.write('x');
    await waitFor(() => proxy.connections()[0]?.bytes_upstream === 1);
    const conns = proxy.connections();
    assert.equal(conns.length, 1);
    assert.equal(conns[0]!.bytes_upstream, 1);
    const snap = proxy.snapshot();
    assert.deepEqual([snap.name, snap.enabled, snap.listening, snap.connections.active], ['socklab', true, true, 1]);
    assert.equal(snap.bytes.upstream, 500_000 + 4 + 1);
    live.destroy();

    await proxy.disable();
    await assert.rejects(dial(proxy.port), { code: 'ECONNREFUSED' });
    await proxy.enable();
    s = await dial(proxy.port);
    reading = readAll(s);
    s.end(data);
    assert.equal(sha256((await reading).data), sha256(data));
  } finally {
    await proxy.close();
    await up.close();
  }
  await assert.rejects(dial(proxy.port), { code: 'ECONNREFUSED' });
});

test('withToxic: the toxic is in force inside, removed after, even when fn throws; resolves to fn\'s value', async () => {
  const up = await echoUpstream();
  const proxy = await createProxy({ upstream: up.address });
  try {
    const value = await proxy.withToxic({ type: 'refuse' }, async (t) => {
      assert.equal(t.name, 'refuse_downstream');
      await assert.rejects(dial(proxy.port), { code: 'ECONNREFUSED' });
      return 42;
    });
    assert.equal(value, 42);
    (await dial(proxy.port)).destroy();
    await assert.rejects(proxy.withToxic({ type: 'latency', attributes: { latency: 10 } }, () => {
      throw new Error('boom');
    }), /boom/);
    assert.deepEqual(proxy.toxics(), []);
    await proxy.withToxic({ type: 'noop' }, () => proxy.clearToxics()); // fn removed it itself: no error
  } finally {
    await proxy.close();
    await proxy.close();
    await up.close();
  }
});

test('the published types reject an unknown toxic type or attribute name at compile time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-types-'));
  try {
    const entry = new URL('../../src/index.js', import.meta.url).pathname;
    writeFileSync(join(dir, 'use.mts'), [
      `import { createProxy } from ${JSON.stringify(entry)};`,
      'const p = await createProxy({ upstream: "127.0.0.1:1" });',
      'await p.addToxic({ type: "latency", attributes: { latency: 1, jitter: 2 } });',
      'await p.addToxic({ type: "latency", attributes: { latenc: 1 } });',
      'await p.addToxic({ type: "latenccy" });',
      'await p.addToxic({ type: "noop", attributes: { x: 1 } });',
    ].join('\n'));
    const tsc = new URL('../../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
    const out = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2022', '--skipLibCheck', join(dir, 'use.mts')], { encoding: 'utf8' });
    const errors = out.stdout.split('\n').filter((l) => l.includes('error TS')).map((l) => Number(/use\.mts\((\d+)/.exec(l)?.[1]));
    assert.deepEqual(errors, [4, 5, 6], out.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
