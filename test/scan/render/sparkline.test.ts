// Tests the sparkline: scaling to the peak, empty columns, folding into the width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, sparkline } from '../../../src/scan/render/sparkline.js';

test('scales to the largest column, blank for zero', () => {
  assert.equal(sparkline([0, 1, 2, 4, 8]), ' ▁▂▄█');
  assert.equal(sparkline([3, 3]), '██');
  assert.equal(sparkline([0, 0]), '');
});

test('folds more counts than columns by summing neighbours', () => {
  assert.deepEqual(fold([1, 2, 3, 4, 5], 2), [6, 9]);
  assert.equal(sparkline(Array.from({ length: 120 }, (_, i) => (i === 119 ? 10 : 0)), 60).length, 60);
});
