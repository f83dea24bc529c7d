// Tests the byte-level line splitter: line counts, candidate lines and numbers, chunk boundaries, long lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keywordMatcher } from '../helpers/keyword-matcher.js';
import { DEFAULT_LINE_CAP, EXAMINED_BYTES, LineScanner } from '../../src/scan/line-scanner.js';

function run(chunks: readonly Buffer[], keywords: readonly string[], cap?: number): { scanner: LineScanner; seen: [string, number][] } {
  const seen: [string, number][] = [];
  const scanner = new LineScanner(keywordMatcher(keywords).table, (bytes, start, end, line) => seen.push([bytes.toString('utf8', start, end), line]), cap);
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

/** Deterministic text with a newline after runs of 0 to `maxRun` other bytes, and `keyword` now and then. */
function randomText(length: number, maxRun: number, seed: number, keyword: string): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  let run = 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    if (run >= state % (maxRun + 1)) {
      bytes[i] = 0x0a;
      run = 0;
    } else if (state % 97 === 0 && i + keyword.length < length) {
      bytes.write(keyword, i, 'latin1');
      i += keyword.length - 1;
      run += keyword.length;
    } else {
      bytes[i] = 0x20 + (state % 90);
      run++;
    }
  }
  return bytes;
}

/** The reference: lines (an unterminated last one counts), those longer than `cap`, and the numbers of lines with `keyword`. */
function reference(bytes: Buffer, cap: number, keyword: string): { lines: number; long: number; found: number[] } {
  const lines = bytes.toString('latin1').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const found = lines.flatMap((line, k) => (line.toLowerCase().includes(keyword) ? [k + 1] : []));
  return { lines: lines.length, long: lines.filter((line) => line.length > cap).length, found };
}

test('counts lines and long lines, and finds candidate lines, like a line-by-line count, for any cap and chunk size', () => {
  for (const [maxRun, seed] of [[3, 1], [20, 2], [40, 3], [300, 4]] as const) {
    const bytes = randomText(20_000, maxRun, seed, 'ECONNRESET');
    for (const cap of [0, 1, 5, 7, 8, 9, 15, 16, 17, 31, 64, 200]) {
      const want = reference(bytes, cap, 'econnreset');
      for (const size of [1, 7, 16, 333, 20_000]) {
        const chunks: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
        const { scanner, seen } = run(chunks, ['econnreset'], cap);
        const label = `cap ${cap}, run ${maxRun}, chunk ${size}`;
        assert.equal(scanner.lines, want.lines, `lines, ${label}`);
        assert.equal(scanner.longLines, want.long, `long lines, ${label}`);
        assert.deepEqual(seen.map(([, line]) => line), want.found, `candidates, ${label}`);
      }
    }
  }
});

test('a keyword in the first MiB of a line makes it a candidate, one after it does not, however the line is cut', () => {
  for (const [at, found] of [[EXAMINED_BYTES - 20, true], [EXAMINED_BYTES + 100, false]] as const) {
    const line = Buffer.concat([Buffer.alloc(at, 0x78), Buffer.from('EPIPE'), Buffer.alloc(3 * EXAMINED_BYTES, 0x79)]);
    const bytes = Buffer.concat([Buffer.from('first EPIPE\n'), line, Buffer.from('\nlast EPIPE')]);
    for (const size of [bytes.length, 64 * 1024 + 3, 1_000_000]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const { scanner, seen } = run(chunks, ['epipe']);
      assert.deepEqual(seen.map(([, line]) => line), found ? [1, 2, 3] : [1, 3], `keyword at ${at}, chunk ${size}`);
      assert.equal(scanner.lines, 3);
      assert.equal(scanner.longLines, 1);
      if (found) assert.ok(seen[1]![0].includes('EPIPE') && seen[1]![0].length === DEFAULT_LINE_CAP);
    }
  }
});

test('without keywords every line is a candidate', () => {
  const seen: [string, number][] = [];
  const scanner = new LineScanner(null, (bytes, start, end, line) => seen.push([bytes.toString('utf8', start, end), line]));
  scanner.push(Buffer.from('a\n\nb c\r\nlast'));
  scanner.end();
  assert.deepEqual(seen, [['a', 1], ['', 2], ['b c', 3], ['last', 4]]);
  assert.equal(scanner.lines, 4);
});

test('a chunk with more candidate lines than one filter call records finds them all, numbered in order', () => {
  const bytes = Buffer.from(Array.from({ length: 30_000 }, (_, k) => (k % 3 === 2 ? 'plain\n' : `${k} EOF\n`)).join(''));
  const { scanner, seen } = run([bytes], ['eof']);
  assert.equal(scanner.lines, 30_000);
  assert.equal(seen.length, 20_000);
  assert.deepEqual(seen.slice(-2), [['29997 EOF', 29_998], ['29998 EOF', 29_999]]);
});
