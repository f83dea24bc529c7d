// Tests the keyword prefilter: case folding, other scripts, overlapping and short keywords, ranges and window edges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogRecognizer } from '../../src/scan/catalog-recognizer.js';
import { keywordMatcher } from '../helpers/keyword-matcher.js';

const find = (keywords: string[], text: string, start = 0, end = Buffer.byteLength(text)): number => keywordMatcher(keywords).find(Buffer.from(text), start, end);

test('returns the index of the last byte of the first keyword, ignoring ASCII case', () => {
  assert.equal(find(['connection reset'], 'xx Connection RESET by peer'), 18);
  assert.equal(find(['econnreset', 'reset'], 'read ECONNRESET'), 14);
  assert.equal(find(['abcd', 'bc'], 'abce'), 2);
});

test('finds keywords that start inside a failed partial match (failure links)', () => {
  assert.equal(find(['aab'], 'aaab'), 3);
  assert.equal(find([' sc', 'sc--'], 'x SC-- 1/1'), 3);
});

test('finds keywords written in other scripts, as UTF-8: caseless ones as they are, cased ones lower, upper or capitalised', () => {
  assert.equal(find(['连接被对方重设'], 'recv: 连接被对方重设'), Buffer.byteLength('recv: 连接被对方重设') - 1);
  const russian = ['удаленный хост принудительно'];
  for (const line of ['SocketException: Удаленный хост принудительно', 'удаленный хост принудительно', 'УДАЛЕННЫЙ ХОСТ ПРИНУДИТЕЛЬНО', 'Удаленный Хост Принудительно']) {
    assert.notEqual(find(russian, line), -1, line);
  }
  assert.notEqual(find(['die verbindung wurde vom kommunikationspartner zurückgesetzt'], 'Die Verbindung wurde vom Kommunikationspartner zurückgesetzt'), -1);
  assert.notEqual(find(['can’t connect to mysql server on'], 'ERROR 2003 (HY000): Can’t connect to MySQL server on'), -1);
  assert.equal(find(['zurückgesetzt'], 'zuruckgesetzt'), -1);
});

test('respects the range and reports -1 when nothing matches', () => {
  assert.equal(find(['epipe'], 'EPIPE here', 1), -1);
  assert.equal(find(['epipe'], 'EPIPE here', 0, 4), -1);
  assert.equal(find(['epipe'], 'no error'), -1);
  assert.equal(find([], 'anything'), -1);
});

test('lineMatches gives one position per matching line, the same as a line-by-line search, on large and small ranges', () => {
  const keywords = ['econnreset', 'connection refused', ' sc', 'aab'];
  const lines = Array.from({ length: 40_000 }, (_, i) => {
    if (i % 97 === 0) return `${i} read ECONNRESET then Connection refused`;
    if (i % 89 === 0) return `${i} x SC-- 1/1 aaab`;
    if (i % 1000 === 0) return `${i} ${'long '.repeat(3000)}ECONNRESET`;
    return `${i} INFO request served in 3ms path=/api/items/${i}`;
  });
  const text = Buffer.from(`${lines.join('\n')}\n`);
  const matcher = keywordMatcher(keywords);
  const expected: number[] = [];
  let start = 0;
  for (const line of lines) {
    const at = matcher.find(text, start, start + Buffer.byteLength(line));
    if (at !== -1) expected.push(at);
    start += Buffer.byteLength(line) + 1;
  }
  assert.ok(text.length > 1024 * 1024 && expected.length > 400);
  assert.deepEqual(matcher.lineMatches(text, 0, text.length), expected);
  const small = text.subarray(0, text.indexOf('\n', 5000) + 1);
  assert.deepEqual(matcher.lineMatches(small, 0, small.length), expected.filter((at) => at < small.length));
  assert.deepEqual(keywordMatcher([]).lineMatches(text, 0, text.length), []);
});

/** The last byte of the first keyword to end in each line of `text`, by brute force over ASCII-folded bytes. */
function expectedLineMatches(keywords: readonly string[], text: Buffer): number[] {
  const fold = (b: Buffer): Buffer => Buffer.from(b.map((c) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c)));
  const words = keywords.filter((k) => k.length > 0).map((k) => fold(Buffer.from(k)));
  const found: number[] = [];
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf(0x0a, start);
    const end = nl === -1 ? text.length : nl;
    const line = fold(text.subarray(start, end));
    let first = Infinity;
    for (const w of words) {
      const at = line.indexOf(w);
      if (at !== -1) first = Math.min(first, at + w.length - 1);
    }
    if (first !== Infinity) found.push(start + first);
    start = end + 1;
  }
  return found;
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

test('every catalog keyword is found on a line of its own, in any ASCII case, and plain log lines hold none', () => {
  const keywords = catalogRecognizer().keywords;
  const matcher = keywordMatcher(keywords);
  const asciiUpper = (s: string): string => s.replace(/[a-z]/g, (c) => c.toUpperCase());
  const text = Buffer.from(`${keywords.flatMap((k) => [k, `> ${asciiUpper(k)} <`]).join('\n')}\n`);
  const found = matcher.lineMatches(text, 0, text.length);
  assert.equal(found.length, 2 * keywords.length);
  assert.deepEqual(found, expectedLineMatches(keywords, text));
  const plain = Buffer.from([
    '2026-11-24T14:02:03.123Z INFO  http GET /api/orders/17 200 12ms ua="Mozilla/5.0 (X11; Linux x86_64)"',
    '2026-11-24T14:02:03.123Z DEBUG sql: SELECT id, total FROM orders WHERE id = $1 [17] (3ms)',
    '10.0.1.2 - - [24/Nov/2026:14:02:03 +0000] "GET /static/app.3.js HTTP/1.1" 200 5123 "-" "curl/8.5.0"',
  ].join('\n'));
  assert.deepEqual(matcher.lineMatches(plain, 0, plain.length), []);
});

test('lineMatches and find agree with brute force on random lines: short keywords, case, other scripts, window edges', () => {
  const keywords = ['eof', 'tls', ' sc ', 'tcp ', 'econnreset', 'connection reset by peer', 'a', 'zq', 'соединение разорвано', '连接被对方重设', 'x'.repeat(70)];
  const matcher = keywordMatcher(keywords);
  const pieces = ['EOF', 'Tls', ' SC ', 'tcp', 'TCP ', 'eConnReset', 'connection reset by', 'Connection Reset By Peer', 'соединение разорвано', '连接被对方重设', 'bcd', 'Z', 'q', ' ', 'x'.repeat(69), 'X', 'é'];
  const next = random(7);
  const lines = Array.from({ length: 3000 }, () => {
    const parts = Array.from({ length: Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]!);
    // Some lines run past the matcher's 64 KiB window, with keywords on both sides of its edge.
    if (next() < 0.01) parts.splice(Math.floor(next() * parts.length), 0, 'y'.repeat(64 * 1024 - 3 + Math.floor(next() * 8)));
    return parts.join('').replace(/a/g, 'b');
  });
  const text = Buffer.from(lines.join('\n'));
  const expected = expectedLineMatches(keywords, text);
  assert.ok(expected.length > 1000 && expected.length < lines.length);
  assert.deepEqual(matcher.lineMatches(text, 0, text.length), expected);
  // A keyword at the very end of the buffer, with no newline after it.
  const tail = Buffer.from('nothing here\nends with EOF');
  assert.deepEqual(matcher.lineMatches(tail, 0, tail.length), [tail.length - 1]);
  assert.equal(matcher.find(tail, 0, tail.length), tail.length - 1);
  assert.equal(matcher.find(tail, 0, tail.length - 1), -1);
  // find over a range that starts mid-line sees only the range's bytes.
  const mid = Buffer.from('xxeconnreset');
  assert.equal(matcher.find(mid, 2, mid.length), mid.length - 1);
  assert.equal(matcher.find(mid, 3, mid.length), -1);
  assert.equal(keywordMatcher(['a']).find(Buffer.from('bbA'), 0, 3), 2);
});

test('keywords that end alike (one check list, compared in turn) are each found, and only where they occur', () => {
  const keywords = Array.from({ length: 40 }, (_, k) => `${String.fromCharCode(0x61 + (k % 26))}${k}-xyz`);
  const matcher = keywordMatcher(keywords);
  const text = Buffer.from(`${keywords.map((k) => `see ${k.toUpperCase()} here`).join('\n')}\nsee q99-xyz here\nsee -xyz here\n`);
  assert.deepEqual(matcher.lineMatches(text, 0, text.length), expectedLineMatches(keywords, text));
  assert.equal(matcher.lineMatches(text, 0, text.length).length, keywords.length);
});

test('a line longer than the 64 KiB window finds a keyword that straddles a window edge, at every offset', () => {
  const longest = `q${'w'.repeat(68)}e`;
  const matcher = keywordMatcher([longest, 'zz9']);
  for (let at = 64 * 1024 - longest.length - 1; at <= 64 * 1024 + 1; at++) {
    const line = Buffer.from(`${'y'.repeat(at)}${longest.toUpperCase()}${'y'.repeat(2000)}zz9`);
    assert.deepEqual(matcher.lineMatches(line, 0, line.length), [at + longest.length - 1], `keyword at ${at}`);
    assert.equal(matcher.find(line, 0, line.length), at + longest.length - 1, `keyword at ${at}`);
  }
});
