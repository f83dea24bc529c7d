// watchChanges reports a polled reading once per new value: now, on each change, and at stop; never undefined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchChanges } from '../../../src/lab/kit/watch-changes.js';

test('each new value once, repeats and undefined skipped, a last reading at stop', async () => {
  const readings = ['a', 'a', undefined, 'b', 'b', 'a'];
  let next = 0;
  const seen: string[] = [];
  const stop = watchChanges(() => readings[Math.min(next++, readings.length - 1)], (v) => seen.push(v), 1);
  assert.deepEqual(seen, ['a'], 'the first reading is taken at once');
  while (next < readings.length) await new Promise((r) => setTimeout(r, 2));
  stop();
  const afterStop = next;
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(seen, ['a', 'b', 'a']);
  assert.equal(next, afterStop, 'no reading after stop');
});
