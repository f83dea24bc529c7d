// reset-mid-body: the headers and part of the 64 KiB body arrive, then the connection is reset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resetMidBody } from '../../../src/clients/faults/reset-mid-body.js';
import { probe } from '../../helpers/http-probe.js';

test('reset-mid-body: status 200, less than 1024 body bytes, then ECONNRESET "aborted"', async () => {
  const site = await resetMidBody.open({ slowMs: 1000 });
  try {
    const seen = await probe(`${site.origin}/m`);
    assert.equal(seen.status, 200);
    assert.ok(seen.bytes > 0 && seen.bytes < 1024, `${seen.bytes} body bytes`);
    assert.equal(seen.code, 'ECONNRESET');
    assert.equal(site.received('/m'), 1);
  } finally {
    await site.close();
  }
});
