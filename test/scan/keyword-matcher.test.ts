// Tests the Aho-Corasick keyword matcher: case folding, overlapping keywords, ranges, no keywords.
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

test('respects the range and reports -1 when nothing matches', () => {
  assert.equal(find(['epipe'], 'EPIPE here', 1), -1);
  assert.equal(find(['epipe'], 'EPIPE here', 0, 4), -1);
  assert.equal(find(['epipe'], 'no error'), -1);
  assert.equal(find([], 'anything'), -1);
});
