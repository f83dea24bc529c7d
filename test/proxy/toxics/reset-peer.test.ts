// reset_peer: a real RST (ECONNRESET) also on connections accepted before the toxic; toxicity 0 never resets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, payload, readAll, rig, sendingUpstream, sha256 } from '../../helpers/proxy-fixtures.js';

test('added to a live connection: data before it is intact, then ECONNRESET on read', async () => {
  const r = await rig(await echoUpstream());
  try {
    const s = await dial(r.port);
    const data = payload(50_000);
    const parts: Buffer[] = [];
    s.on('data', (b: Buffer) => parts.push(b));
    s.write(data);
    while (Buffer.concat(parts).length < data.length) await new Promise((x) => setTimeout(x, 10));
    assert.equal(sha256(Buffer.concat(parts)), sha256(data));
    const failed = new Promise<NodeJS.ErrnoException>((resolve) => s.once('error', resolve));
    assert.equal((await r.toxic({ type: 'reset_peer', attributes: { timeout: 0 } })).status, 200);
    const e = await failed;
    assert.equal(e.code, 'ECONNRESET');
  } finally {
    await r.done();
  }
});

test('timeout 200: RST about 200 ms after the connection starts', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'reset_peer', attributes: { timeout: 200 } });
    const s = await dial(r.port);
    const out = await readAll(s);
    assert.equal(out.error?.code, 'ECONNRESET');
    assert.ok(out.ms >= 150 && out.ms < 2000, `${out.ms} ms`);
  } finally {
    await r.done();
  }
});

test('toxicity 0: the connection closes with a normal FIN, never RST (Toxiproxy resets it anyway)', async () => {
  const data = payload(100_000);
  const r = await rig(await sendingUpstream(data));
  try {
    await r.toxic({ type: 'reset_peer', toxicity: 0, attributes: { timeout: 0 } });
    for (let i = 0; i < 5; i++) {
      const s = await dial(r.port);
      const out = await readAll(s);
      assert.equal(out.error, undefined, 'EOF, not ECONNRESET');
      assert.equal(sha256(out.data), sha256(data));
      s.destroy();
    }
  } finally {
    await r.done();
  }
});
