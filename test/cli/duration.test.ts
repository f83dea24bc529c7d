// The one duration syntax: units required (except 0), composites, decimals; everything else refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDuration } from '../../src/cli/duration.js';

test('reads a number with a unit as milliseconds', () => {
  const cases: [string, number][] = [['500ms', 500], ['30s', 30_000], ['2m', 120_000], ['1h', 3_600_000], ['1.5s', 1500], ['1m30s', 90_000], ['0', 0], ['0s', 0], [' 5S ', 5000], ['0.4s', 400]];
  for (const [text, ms] of cases) assert.equal(parseDuration(text), ms, text);
});

test('refuses bare numbers, unknown units, signs and junk', () => {
  for (const text of ['5', '500', '', 'ms', '5 s', '-1s', '+1s', '2d', '1s2', 's5', '1e3ms', 'abc', '5ms ms']) assert.equal(parseDuration(text), undefined, text);
});
