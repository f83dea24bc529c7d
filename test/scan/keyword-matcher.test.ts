// Tests the Aho-Corasick keyword matcher: case folding, other scripts, overlapping keywords, ranges, no keywords.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keywordMatcher } from '../../src/scan/keyword-matcher.js';

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
