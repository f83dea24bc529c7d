// slow-body: the headers come at once, the body (slowMs bytes at 1 KB/s) takes about slowMs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slowBody } from '../../../src/clients/faults/slow-body.js';
import { probe } from '../../helpers/http-probe.js';

test('slow-body: headers within a few hundred ms, the whole body after about slowMs', async () => {
  const site = await slowBody.open({ slowMs: 800 });
  try {
    const seen = await probe(`${site.origin}/b`);
    assert.equal(seen.status, 200);
    assert.equal(seen.bytes, 800);
    assert.ok(seen.headersMs! < seen.ms - 300, `headers at ${seen.headersMs} ms, body done at ${seen.ms} ms`);
    assert.ok(seen.ms >= 600, `body done at ${seen.ms} ms`);
  } finally {
    await site.close();
  }
});
