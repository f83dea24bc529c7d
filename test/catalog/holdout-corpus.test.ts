// The held-out corpus stays held out: no thread or line shared with the real corpus. Its rate is measured, never asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOLDOUT_LINES } from '../fixtures/explain/holdout-lines.js';
import { REAL_LINES } from '../fixtures/explain/real-lines.js';

test('the held-out corpus shares no thread and no line with the real corpus', () => {
  const realSources = new Set(REAL_LINES.map((r) => r.source));
  const realLines = new Set(REAL_LINES.map((r) => r.line));
  assert.deepEqual(HOLDOUT_LINES.filter((h) => realSources.has(h.source) || realLines.has(h.line)).map((h) => h.line), []);
});

test('every held-out line has its link, an ecosystem, and appears once', () => {
  for (const h of HOLDOUT_LINES) {
    assert.match(h.source, /^https:\/\//, h.line);
    assert.notEqual(h.ecosystem, '', h.line);
  }
  assert.equal(new Set(HOLDOUT_LINES.map((h) => h.line)).size, HOLDOUT_LINES.length);
});
