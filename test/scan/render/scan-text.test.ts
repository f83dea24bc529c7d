// Tests the text report: colour only when asked, the long-line note, the empty report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderScanText } from '../../../src/scan/render/scan-text.js';
import type { ScanResult } from '../../../src/scan/scan-result.js';

const empty: ScanResult = {
  sources: [{ name: '-', gzip: false, bytes: 10, lines: 2, longLines: 1, matchedLines: 0 }],
  totals: { bytes: 10, lines: 2, longLines: 1, matchedLines: 0, hits: 0, outsideWindow: 0 },
  window: null,
  byErrno: [],
  timeline: { start: null, bucketSeconds: 60, counts: [] },
  groups: [],
  findings: [],
};

test('an empty scan says so, and notes lines over the cap', () => {
  assert.equal(renderScanText(empty, { color: false }), [
    'Scanned 1 source: 2 lines, 0.0 MB; 0 socket errors in 0 lines, 0 groups.',
    '1 line was longer than the per-line cap and examined only in part.',
    '',
    'No socket errors found.',
    '',
  ].join('\n'));
});

test('colour adds ANSI escapes only when asked', () => {
  const result: ScanResult = {
    ...empty,
    totals: { ...empty.totals, hits: 1, matchedLines: 1 },
    groups: [{ errno: 'EPIPE', kind: 'errno', origin: { source: 'kernel' }, ecosystem: 'node', phase: 'write', peer: null, count: 1, firstSeen: null, lastSeen: null, undated: 1,
      histogram: { start: null, bucketSeconds: 60, counts: [] }, samples: [{ source: '-', line: 1, text: 'Error: write EPIPE' }],
      patternIds: ['node.syscall-errno'], explanation: null, remedy: null }],
  };
  assert.ok(renderScanText(result, { color: true }).includes('\x1b['));
  const plain = renderScanText(result, { color: false });
  assert.ok(!plain.includes('\x1b['));
  assert.match(plain, /EPIPE {2}node {2}write {2}- {2}x1\n {2}seen {3}\? \.\. \? {2}\(1 without timestamp\)\n {2}-:1 {2}Error: write EPIPE/);
});
