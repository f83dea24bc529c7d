// Tests the WebAssembly line counter against a byte-by-byte count: newlines, long lines at every cap, block edges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineCounter } from '../../src/scan/line-counter.js';

/** The reference: newlines in [start, end) and the lines among them longer than `cap` (start is a line start). */
function reference(bytes: Uint8Array, start: number, end: number, cap: number): { lines: number; long: number } {
  let lines = 0;
  let long = 0;
  let lineStart = start;
  for (let i = start; i < end; i++) {
    if (bytes[i] !== 0x0a) continue;
    lines++;
    if (i - lineStart > cap) long++;
    lineStart = i + 1;
  }
  return { lines, long };
}

/** Deterministic bytes with a newline after runs of 0 to `maxRun` other bytes. */
function text(length: number, maxRun: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  let run = 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    if (run >= state % (maxRun + 1)) {
      bytes[i] = 0x0a;
      run = 0;
    } else {
      bytes[i] = 0x20 + (state % 90);
      run++;
    }
  }
  return bytes;
}

test('counts newlines and long lines like a byte-by-byte count, for caps below, at and above a 16-byte block', () => {
  const counter = lineCounter();
  for (const [maxRun, seed] of [[3, 1], [20, 2], [40, 3], [300, 4]] as const) {
    const bytes = text(5000, maxRun, seed);
    for (const cap of [0, 1, 5, 15, 16, 17, 31, 64, 200]) {
      for (const [start, end] of [[0, bytes.length], [0, 15], [0, 16], [0, 17], [0, 33], [0, 4999]] as const) {
        const want = reference(bytes, start, end, cap);
        assert.equal(counter.count(bytes, start, end, cap), want.lines, `lines, cap ${cap}, run ${maxRun}, [${start}, ${end})`);
        assert.equal(counter.longLines, want.long, `long lines, cap ${cap}, run ${maxRun}, [${start}, ${end})`);
      }
    }
    assert.equal(counter.count(bytes, 0, 0, 10), 0);
  }
});

test('counts from any line start of a buffer, and ranges larger than its memory (which grows)', () => {
  const bytes = text(3 * 1024 * 1024 + 7, 120, 9);
  const counter = lineCounter();
  const start = bytes.indexOf(0x0a, 12345) + 1;
  const want = reference(bytes, start, bytes.length, 20);
  assert.equal(counter.count(bytes, start, bytes.length, 20), want.lines);
  assert.equal(counter.longLines, want.long);
  assert.ok(want.long > 0 && want.lines > 40_000);
});

test('a line as long as the range, with no newline, is no line; one that ends it is long', () => {
  const counter = lineCounter();
  const line = new Uint8Array(1000).fill(0x61);
  assert.equal(counter.count(line, 0, line.length, 64), 0);
  line[999] = 0x0a;
  assert.equal(counter.count(line, 0, line.length, 64), 1);
  assert.equal(counter.longLines, 1);
});
