// Did-you-mean: typos, swaps and case find the intended name; far-off input finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestMatch } from '../../src/shared/closest-match.js';

test('finds the intended name for a typo, a swap, a missing letter or another case', () => {
  assert.equal(closestMatch('ECONNRESTE', ['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED']), 'ECONNRESET');
  assert.equal(closestMatch('econrefused', ['econnrefused', 'econnaborted-accept']), 'econnrefused');
  assert.equal(closestMatch('latencyy', ['latency', 'bandwidth', 'slicer']), 'latency');
  assert.equal(closestMatch('Latency', ['latency']), 'latency');
});

test('finds nothing when no name is near', () => {
  assert.equal(closestMatch('EFOO', ['ECONNRESET', 'EPIPE']), undefined);
  assert.equal(closestMatch('zzz', ['latency']), undefined);
  assert.equal(closestMatch('x', []), undefined);
});
