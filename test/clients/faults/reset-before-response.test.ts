// reset-before-response: the server receives the request, the client gets ECONNRESET and no byte of the answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resetBeforeResponse } from '../../../src/clients/faults/reset-before-response.js';
import { probe } from '../../helpers/http-probe.js';

test('reset-before-response: received once, then read ECONNRESET before any header', async () => {
  const site = await resetBeforeResponse.open({ slowMs: 1000 });
  try {
    const seen = await probe(`${site.origin}/r`, { method: 'POST', body: '{}' });
    assert.equal(seen.code, 'ECONNRESET');
    assert.equal(seen.message, 'read ECONNRESET');
    assert.equal(seen.status, undefined);
    assert.equal(site.received('/r'), 1);
  } finally {
    await site.close();
  }
});
