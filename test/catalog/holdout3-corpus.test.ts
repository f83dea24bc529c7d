// The third held-out corpus stays held out: no thread or line shared with the earlier corpora. Its rate is measured, never asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOLDOUT_LINES } from '../fixtures/explain/holdout-lines.js';
import { HOLDOUT2_LINES } from '../fixtures/explain/holdout2-lines.js';
import { HOLDOUT3_LINES } from '../fixtures/explain/holdout3-lines.js';
import { REAL_LINES } from '../fixtures/explain/real-lines.js';

test('the third held-out corpus shares no thread and no line with the real or the earlier held-out corpora', () => {
  const earlier = [...REAL_LINES, ...HOLDOUT_LINES, ...HOLDOUT2_LINES];
  const sources = new Set(earlier.map((r) => r.source));
  const lines = new Set(earlier.map((r) => r.line.trim()));
  assert.deepEqual(HOLDOUT3_LINES.filter((h) => sources.has(h.source) || lines.has(h.line.trim())).map((h) => h.line), []);
});

test('every line of the third held-out corpus has its link, an ecosystem, and appears once', () => {
  for (const h of HOLDOUT3_LINES) {
    assert.match(h.source, /^https:\/\/github\.com\//, h.line);
    assert.notEqual(h.ecosystem, '', h.line);
  }
  assert.equal(new Set(HOLDOUT3_LINES.map((h) => h.line)).size, HOLDOUT3_LINES.length);
});
