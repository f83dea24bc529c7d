// startGate: no more than `slots` holders at once, waiters served in order, and leaving twice frees one slot only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startGate } from '../../src/lab/start-gate.js';

test('a gate of 2 admits two, then the next waiter as each leaves, first come first served', async () => {
  const gate = startGate(2);
  const first = await gate.enter();
  const second = await gate.enter();
  const admitted: string[] = [];
  const third = gate.enter().then((leave) => (admitted.push('third'), leave));
  const fourth = gate.enter().then((leave) => (admitted.push('fourth'), leave));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(admitted, [], 'both slots are held');
  first();
  first(); // leaving twice frees nothing more
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(admitted, ['third']);
  second();
  assert.equal(typeof (await fourth), 'function');
  assert.deepEqual(admitted, ['third', 'fourth']);
  (await third)();
  (await fourth)();
  const again = await Promise.race([gate.enter(), new Promise((resolve) => setTimeout(resolve, 100, 'blocked'))]);
  assert.equal(typeof again, 'function', 'slots freed by leaving are free again');
});
