// Tests the catalog's keyword index: it selects exactly the patterns whose keywords a lower-cased line contains.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keywordIndex } from '../../src/catalog/keyword-index.js';
import { PATTERNS } from '../../src/catalog/patterns/index.js';

/** The patterns the index selects for `line`, and whether it said it found any. */
function selected(patterns: readonly { readonly keywords: readonly string[] }[], line: string): { found: boolean; indices: number[] } {
  const selected = new Int32Array(patterns.length);
  const count = keywordIndex(patterns).select(line, selected);
  return { found: count > 0, indices: [...selected.subarray(0, count)] };
}

const byHand = (patterns: readonly { readonly keywords: readonly string[] }[], line: string): number[] =>
  patterns.flatMap((p, i) => (p.keywords.some((k) => line.toLowerCase().includes(k)) ? [i] : []));

test('selects every pattern with a keyword in the line, overlapping keywords included', () => {
  const patterns = [{ keywords: ['connection reset'] }, { keywords: ['reset', 'epipe'] }, { keywords: ['reset by peer'] }, { keywords: ['refused'] }];
  assert.deepEqual(selected(patterns, 'read: Connection RESET by peer'), { found: true, indices: [0, 1, 2] });
  assert.deepEqual(selected(patterns, 'all is well'), { found: false, indices: [] });
});

test('compares UTF-16 code units: CJK, Cyrillic, accents and characters outside the BMP', () => {
  const patterns = [{ keywords: ['连接被对方重设'] }, { keywords: ['удаленный хост'] }, { keywords: ['zurückgesetzt'] }, { keywords: ['🔌 down'] }];
  assert.deepEqual(selected(patterns, 'recv: 连接被对方重设').indices, [0]);
  assert.deepEqual(selected(patterns, 'SocketException: Удаленный хост принудительно').indices, [1]);
  assert.deepEqual(selected(patterns, 'Die Verbindung wurde ZURÜCKGESETZT').indices, [2]);
  assert.deepEqual(selected(patterns, 'link 🔌 DOWN').indices, [3]);
  // ASCII keywords and the others are found by two automata: a line can need both.
  assert.deepEqual(selected([...patterns, { keywords: ['econnreset'] }], '连接被对方重设 (ECONNRESET)').indices, [0, 4]);
});

test('folds the case of ASCII letters, and lower-cases a line with other characters before reading it', () => {
  const patterns = [{ keywords: ['econnreset'] }, { keywords: ['kelvin'] }, { keywords: ['zurückgesetzt'] }];
  assert.deepEqual(selected(patterns, 'read ECONNRESET').indices, [0]);
  // The Kelvin sign lower-cases to an ASCII k; the ASCII keyword before it is found too.
  assert.deepEqual(selected(patterns, 'ECONNRESET at 0 \u212Aelvin').indices, [0, 1]);
  assert.deepEqual(selected(patterns, 'ZURÜCKGESETZT: ECONNRESET').indices, [0, 2]);
});

test('a pattern with an empty keyword is always selected', () => {
  assert.deepEqual(selected([{ keywords: ['x'] }, { keywords: [''] }], 'nothing'), { found: true, indices: [1] });
});

test('over the catalog, it selects what a keyword-by-keyword search selects', () => {
  const lines = [
    '2026-11-24T14:00:00.007Z INFO  db pool: acquired connection in 2ms', 'Error: read ECONNRESET', 'x SC-- 1/1/0/0/0',
    'recv() failed (104: Connection reset by peer) while reading response header from upstream', 'java.net.ConnectException: Connection refused',
    'INFO scheduler: renewed tls certificate', 'nothing to see here', '连接超时', 'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
  ];
  for (const line of lines) assert.deepEqual(selected(PATTERNS, line).indices, byHand(PATTERNS, line), line);
});

test('random keywords and lines over a small alphabet: it selects what a keyword-by-keyword search selects', () => {
  // A small alphabet makes keywords overlap, share prefixes and end inside one another: every kind of failure link.
  let seed = 7;
  const next = (n: number): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
  const word = (length: number): string => Array.from({ length }, () => 'abcA'[next(4)]).join('').toLowerCase();
  for (let round = 0; round < 20; round++) {
    const patterns = Array.from({ length: 1 + next(12) }, () => ({ keywords: Array.from({ length: 1 + next(3) }, () => word(1 + next(5))) }));
    for (let i = 0; i < 20; i++) {
      const line = Array.from({ length: next(40) }, () => 'abcAB x'[next(7)]).join('');
      assert.deepEqual(selected(patterns, line).indices, byHand(patterns, line), `${JSON.stringify(patterns)} ${line}`);
    }
  }
});
