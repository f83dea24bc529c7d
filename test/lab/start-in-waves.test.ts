// startInWaves: the second wave starts only when every item of the first is ready or has ended, and not before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';
import { startInWaves } from '../../src/lab/start-in-waves.js';

test('the second wave waits for each first-wave item to say ready (or end), then starts all at once', async () => {
  const started: string[] = [];
  const readies = new Map<string, () => void>();
  const ends = new Map<string, () => void>();
  const all = startInWaves(['a', 'b'], ['x', 'y'], (item, ready) => {
    started.push(item);
    if (ready !== undefined) readies.set(item, ready);
    return new Promise<void>((resolve) => ends.set(item, resolve));
  });
  await tick();
  assert.deepEqual(started, ['a', 'b']);
  readies.get('a')!();
  readies.get('a')!(); // saying ready twice counts once
  await tick();
  assert.deepEqual(started, ['a', 'b'], 'b is not ready yet');
  ends.get('b')!(); // ending without saying ready counts as ready
  await tick();
  assert.deepEqual(started, ['a', 'b', 'x', 'y']);
  for (const item of ['a', 'x', 'y']) ends.get(item)!();
  await all;
});

test('with no first wave the second starts at once; a start that rejects rejects the whole', async () => {
  const started: string[] = [];
  await startInWaves([], ['x'], async (item) => void started.push(item));
  assert.deepEqual(started, ['x']);
  await assert.rejects(startInWaves(['a'], ['x'], async (item) => {
    if (item === 'a') throw new Error('a failed');
  }), /a failed/);
});
