// Tests the minute counter: per-minute buckets, widening past the bucket limit, counts between two times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_BUCKETS, MinuteCounter } from '../../src/scan/histogram.js';

const T0 = Date.UTC(2026, 10, 24, 14, 2, 30);

test('counts per minute from the first to the last minute seen', () => {
  const c = new MinuteCounter();
  for (const offset of [0, 10_000, 60_000, 180_000]) c.add(T0 + offset);
  assert.deepEqual(c.histogram(), { start: '2026-11-24T14:02:00.000Z', bucketSeconds: 60, counts: [2, 1, 0, 1] });
  assert.equal(c.countBetween(T0, T0 + 60_000), 3);
});

test('a span longer than the limit gets wider buckets and keeps every event', () => {
  const c = new MinuteCounter();
  c.add(T0);
  c.add(T0 + 3 * 24 * 3600_000);
  const h = c.histogram();
  assert.ok(h.counts.length <= MAX_BUCKETS);
  assert.equal(h.bucketSeconds, 240); // 4321 minutes / 1440 buckets, rounded up to 4 minutes
  assert.equal(h.counts.reduce((a, b) => a + b, 0), 2);
});

test('no events, no buckets', () => {
  assert.deepEqual(new MinuteCounter().histogram(), { start: null, bucketSeconds: 60, counts: [] });
});
