// slicer cuts data into small pieces with delays; the bytes arrive intact and in order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, payload, readAll, rig, sendingUpstream, sha256 } from '../../helpers/proxy-fixtures.js';

test('slicer 100 +/- 50 bytes, 1 ms apart: many reads, data intact', async () => {
  const data = payload(20_000);
  const r = await rig(await sendingUpstream(data));
  try {
    await r.toxic({ type: 'slicer', attributes: { average_size: 100, size_variation: 50, delay: 1000 } });
    const s = await dial(r.port);
    let reads = 0;
    s.on('data', () => reads++);
    const out = await readAll(s);
    assert.equal(sha256(out.data), sha256(data));
    assert.ok(reads >= 50, `${reads} reads`);
    s.destroy();
  } finally {
    await r.done();
  }
});
