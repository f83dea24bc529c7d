// Tests the build-time keyword table: the catalog's comes from the build and equals a fresh compile; others compile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { catalogRecognizer } from '../../src/scan/catalog-recognizer.js';
import { compileKeywordTable } from '../../src/scan/keyword-table.js';
import { keywordMatcher, matcherOfTable } from '../helpers/keyword-matcher.js';
import { keywordTable } from '../../src/scan/prebuilt-keyword-table.js';

const bytesOf = (table: Int32Array): Buffer => Buffer.from(table.buffer, table.byteOffset, table.byteLength);

test('the build wrote the catalog keywords\' table, and it is byte for byte what compiling them gives now', () => {
  assert.ok(existsSync(new URL('../../src/scan/keyword-table.bin', import.meta.url)), 'the build writes dist/src/scan/keyword-table.bin');
  const { keywords } = catalogRecognizer();
  const loaded = keywordTable(keywords);
  assert.ok(loaded.buffer instanceof SharedArrayBuffer, 'in shared memory, for the workers');
  assert.ok(bytesOf(loaded).equals(bytesOf(compileKeywordTable(keywords))));
  const line = Buffer.from('2026-11-28 ERROR read ECONNRESET\nall good here\n');
  assert.deepEqual(matcherOfTable(loaded).lineMatches(line, 0, line.length), keywordMatcher(keywords).lineMatches(line, 0, line.length));
});

test('another keyword set is compiled, not given the catalog\'s table', () => {
  const table = keywordTable(['flux capacitor']);
  assert.ok(bytesOf(table).equals(bytesOf(compileKeywordTable(['flux capacitor']))));
  const line = Buffer.from('read ECONNRESET\nthe Flux Capacitor broke\n');
  assert.deepEqual(matcherOfTable(table).lineMatches(line, 0, line.length), [line.indexOf('Flux Capacitor') + 13]);
});
