// Screen width of text (escapes, wide and combining characters) and wrapping to a width with hanging indents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLine, padToWidth, textWidth, wrap, wrapHanging } from '../../src/shared/wrap-text.js';

test('textWidth counts columns on screen, not UTF-16 units', () => {
  assert.equal(textWidth('\x1b[1mECONNRESET\x1b[22m'), 10);
  assert.equal(textWidth('接続がリセット'), 14);
  assert.equal(textWidth('e\u0301'), 1);
  assert.equal(textWidth('→ ▁█'), 4);
});

test('padToWidth pads to screen columns: wide characters and colours count as they show', () => {
  assert.equal(padToWidth('db', 5), 'db   ');
  assert.equal(padToWidth('接続', 6), '接続  ');
  assert.equal(padToWidth('\x1b[1mdb\x1b[22m', 4), '\x1b[1mdb\x1b[22m  ');
  assert.equal(padToWidth('too wide', 3), 'too wide');
});

test('wrap breaks at spaces, cuts words only when asked, and gives the first line its own width', () => {
  assert.deepEqual(wrap('one two three four', 9), ['one two', 'three', 'four']);
  assert.deepEqual(wrap('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
  assert.deepEqual(wrap('see https://example.com/a/long/path now', 10, false), ['see', 'https://example.com/a/long/path', 'now']);
  assert.deepEqual(wrap('aa bb cc dd', 5, true, 8), ['aa bb cc', 'dd']);
});

test('wrapHanging indents the first line and hangs the rest; fitLine hangs under a label', () => {
  assert.equal(wrapHanging('Cause: one two three', 14, '  ', '    '), '  Cause: one\n    two three');
  assert.equal(fitLine('  why    the peer sent a reset', 21), '  why    the peer\n         sent a reset');
  assert.equal(fitLine('short', 20), 'short');
});
