// Tests the byte-level line splitter: line counts, candidate lines and numbers, chunk boundaries, long lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keywordMatcher } from '../../src/scan/keyword-matcher.js';
import { LineScanner } from '../../src/scan/line-scanner.js';

function run(chunks: readonly Buffer[], keywords: readonly string[], cap?: number): { scanner: LineScanner; seen: [string, number][] } {
  const seen: [string, number][] = [];
  const scanner = new LineScanner(keywordMatcher(keywords), (text, line) => seen.push([text, line]), cap);
  for (const chunk of chunks) scanner.push(chunk);
  scanner.end();
  return { scanner, seen };
}

const text = 'alpha\nread ECONNRESET here\r\nbeta\n\nConnection Refused by peer\nlast ECONNRESET';

test('finds keyword lines (ignoring case) with their 1-based numbers, strips CR, counts the unterminated last line', () => {
  const { scanner, seen } = run([Buffer.from(text)], ['econnreset', 'connection refused']);
  assert.deepEqual(seen, [['read ECONNRESET here', 2], ['Connection Refused by peer', 5], ['last ECONNRESET', 6]]);
  assert.equal(scanner.lines, 6);
  assert.equal(scanner.bytes, Buffer.byteLength(text));
});

test('gives the same answer whatever the chunk boundaries', () => {
  const whole = run([Buffer.from(text)], ['econnreset', 'refused']).seen;
  for (const size of [1, 2, 3, 7, 13]) {
    const bytes = Buffer.from(text);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    const { scanner, seen } = run(chunks, ['econnreset', 'refused']);
    assert.deepEqual(seen, whole, `chunk size ${size}`);
    assert.equal(scanner.lines, 6);
  }
});

test('counts lines longer than the cap and examines only a capped window of them', () => {
  const long = `${'x'.repeat(5000)} ECONNRESET ${'y'.repeat(5000)}`;
  const { scanner, seen } = run([Buffer.from(`ok\n${long}\nafter ECONNRESET\n`)], ['econnreset'], 4096);
  assert.equal(scanner.lines, 3);
  assert.equal(scanner.longLines, 1);
  assert.equal(seen.length, 2);
  assert.ok(seen[0]![0].includes('ECONNRESET') && seen[0]![0].length <= 4096);
  assert.deepEqual(seen[1], ['after ECONNRESET', 3]);
});

test('a line spanning many chunks is counted once and its head examined', () => {
  const chunks = [Buffer.from('ECONNRESET '), ...Array.from({ length: 50 }, () => Buffer.alloc(1000, 0x61)), Buffer.from('\nnext\n')];
  const { scanner, seen } = run(chunks, ['econnreset'], 2048);
  assert.equal(scanner.lines, 2);
  assert.equal(scanner.longLines, 1);
  assert.equal(seen.length, 1);
  assert.equal(seen[0]![1], 1);
  assert.equal(seen[0]![0].length, 2048);
});

test('binary junk and invalid UTF-8 are counted as lines and decoded with replacement characters', () => {
  const junk = Buffer.from([0x00, 0xff, 0xfe, 0x0a, 0xc3, 0x28, 0x20, 0x45, 0x50, 0x49, 0x50, 0x45, 0x0a]);
  const { scanner, seen } = run([junk], ['epipe']);
  assert.equal(scanner.lines, 2);
  assert.deepEqual(seen, [['\uFFFD( EPIPE', 2]]);
});

test('an empty input has no lines', () => {
  const { scanner, seen } = run([], ['x']);
  assert.equal(scanner.lines, 0);
  assert.deepEqual(seen, []);
});
