// The .invalid guard: which names it answers, and that nested holders restore Node's own lookup only at the last release.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import dns from 'node:dns';
import { answerInvalidNames, isInvalidName } from '../../src/clients/invalid-names.js';

test('isInvalidName: the .invalid TLD in any case, with or without the root dot, and nothing else', () => {
  for (const name of ['invalid', 'a.invalid', 'x.y.INVALID', 'a.invalid.']) assert.ok(isInvalidName(name), name);
  for (const name of ['invalid.example', 'notinvalid', 'localhost', 'a.invalidx']) assert.ok(!isInvalidName(name), name);
});

test('answerInvalidNames nests: Node\'s lookup comes back after the last release, and a second release is harmless', async () => {
  const original = dns.lookup;
  const first = answerInvalidNames();
  const second = answerInvalidNames();
  assert.notEqual(dns.lookup, original);
  first();
  first();
  await assert.rejects(dns.promises.lookup('still.invalid'), { code: 'ENOTFOUND', errno: -3008 });
  second();
  assert.equal(dns.lookup, original);
});
