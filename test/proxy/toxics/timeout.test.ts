// timeout drops data and closes the connection after timeout ms; with 0 it holds until removed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, payload, readAll, removeToxic, rig, sha256 } from '../../helpers/proxy-fixtures.js';

test('timeout 200: no data, then the connection closes', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'timeout', attributes: { timeout: 200 } });
    const s = await dial(r.port);
    const reading = readAll(s);
    s.write('hello');
    const out = await reading;
    assert.equal(out.data.length, 0);
    assert.ok(out.ms >= 180 && out.ms < 2000, `closed after ${out.ms} ms`);
    s.destroy();
  } finally {
    await r.done();
  }
});

test('timeout 0 keeps the connection silent; after removal new data flows intact', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'timeout', attributes: { timeout: 0 } });
    const s = await dial(r.port);
    const reading = readAll(s);
    s.write('dropped');
    await new Promise((x) => setTimeout(x, 200));
    assert.equal(await removeToxic(r.server, 'timeout_downstream'), 204);
    const data = payload(50_000);
    s.end(data);
    const out = await reading;
    assert.equal(out.error, undefined);
    assert.equal(sha256(out.data), sha256(data));
  } finally {
    await r.done();
  }
});
