// Tests the relay's pipe pool: large pipes first, smaller ones past the count, and no descriptor kept past `keep`.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { PipePool } from '../../../src/proxy/fast-path/pipe-pool.js';

const openFds = (): number => readdirSync('/proc/self/fd').length;

test('the first pipes are large, the rest small; returned pipes past `keep` and discarded ones are closed', () => {
  const before = openFds();
  const pool = new PipePool({ large: 256 * 1024, largeCount: 2, small: 64 * 1024 }, 1);
  const pipes = [pool.take(), pool.take(), pool.take()];
  assert.deepEqual(pipes.map((p) => p.capacity), [256 * 1024, 256 * 1024, 64 * 1024]);
  assert.equal(openFds() - before, 6);
  pool.give(pipes[0]!);
  pool.give(pipes[1]!); // past keep: closed
  pool.discard(pipes[2]!);
  assert.equal(openFds() - before, 2, 'one kept pipe');
  assert.equal(pool.take(), pipes[0], 'the kept pipe is lent again');
  pool.give(pipes[0]!);
  pool.close();
  assert.equal(openFds() - before, 0);
  const again = pool.take();
  assert.equal(again.capacity, 256 * 1024, 'large again once fewer are open');
  pool.discard(again);
});
