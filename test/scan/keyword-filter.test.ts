// Tests the keyword filter's leases: scanners of one thread take turns with a memory, never share one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leaseFilter, releaseFilter } from '../../src/scan/keyword-filter.js';
import { keywordMatcher } from '../helpers/keyword-matcher.js';

test('a handed-back filter is leased again, and one handed back twice still goes to one scanner only', () => {
  const table = keywordMatcher(['econnreset']).table;
  const first = leaseFilter(table, 1024);
  releaseFilter(first);
  releaseFilter(first);
  const [a, b] = [leaseFilter(table, 1024), leaseFilter(table, 1024)];
  assert.ok(a === first || b === first, 'the idle filter is reused');
  assert.notEqual(a, b);
  releaseFilter(a);
  releaseFilter(b);
});

test('a leased filter has room for the text asked for after the table, and grows for a larger one', () => {
  const table = keywordMatcher(['epipe']).table;
  const filter = leaseFilter(table, 1024);
  assert.ok(filter.textAt >= table.byteLength + 1 && filter.bytes[filter.textAt - 1] === 0x0a);
  releaseFilter(filter);
  const larger = leaseFilter(table, 8 * 1024 * 1024);
  assert.ok(larger.bytes.length >= larger.textAt + 8 * 1024 * 1024);
  releaseFilter(larger);
});
