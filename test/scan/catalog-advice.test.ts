// Tests that groups get the catalog's summary and the remedy of the call matching their phase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogAdvice } from '../../src/scan/catalog-advice.js';
import { lookup } from '../../src/catalog/lookup.js';

test('the remedy follows the phase when the catalog has that call', () => {
  const entry = lookup('ECONNREFUSED', 'linux').entry;
  const connect = entry.calls.find((c) => c.call === 'connect');
  assert.ok(connect !== undefined);
  assert.deepEqual(catalogAdvice('ECONNREFUSED', 'connect'), { explanation: entry.summary, remedy: connect.remedy });
});

test('no errno or an unknown name gives no advice rather than an error', () => {
  assert.deepEqual(catalogAdvice(null, 'read'), { explanation: null, remedy: null });
  assert.deepEqual(catalogAdvice('ENOTANERRNO', 'read'), { explanation: null, remedy: null });
});
