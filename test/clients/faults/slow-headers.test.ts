// slow-headers: the whole answer reaches the client slowMs after the server sent it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { slowHeaders } from '../../../src/clients/faults/slow-headers.js';
import { probe } from '../../helpers/http-probe.js';

test('slow-headers: headers after slowMs, then the whole body', async () => {
  const site = await slowHeaders.open({ slowMs: 400 });
  try {
    const seen = await probe(`${site.origin}/h`);
    assert.equal(seen.status, 200);
    assert.ok(seen.headersMs! >= 395, `headers after ${seen.headersMs} ms`);
    assert.equal(seen.bytes, 2);
    assert.equal(site.received('/h'), 1);
  } finally {
    await site.close();
  }
});
