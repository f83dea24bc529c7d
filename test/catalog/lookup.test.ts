// Checks number lookups of src/catalog/lookup.ts that depend only on the errno number table.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ERRNO_ENTRIES } from '../../src/catalog/data/entries.js';
import { ERRNO_NUMBERS } from '../../src/catalog/data/numbers.js';
import { lookupNumber } from '../../src/catalog/lookup.js';
import { ERRNO_NAMES, type ErrnoName, type Platform } from '../../src/catalog/types.js';

/** The names the number table gives `number` on `platform`: what lookupNumber must return once entries exist. */
function namesWithNumber(number: number, platform: Platform): ErrnoName[] {
  return ERRNO_NAMES.filter((name) => ERRNO_NUMBERS[name][platform] === number);
}

/** Asserts lookupNumber returns exactly the table's names that already have a catalog entry, and says which lack one. */
function assertLookup(number: number, platform: Platform, expected: readonly ErrnoName[]): void {
  assert.deepEqual(namesWithNumber(number, platform), expected, `table names for ${number} on ${platform}`);
  // lookupNumber drops names with no entry yet (entries.ts is written separately); check against what exists.
  const withEntry = expected.filter((name) => ERRNO_ENTRIES[name] !== undefined);
  const hits = lookupNumber(number, platform);
  assert.deepEqual(hits.map((hit) => hit.entry.name), withEntry);
  for (const hit of hits) {
    assert.equal(hit.number, number);
    assert.equal(hit.platform, platform);
  }
}

test('130 on mips is ECONNABORTED', () => assertLookup(130, 'mips', ['ECONNABORTED']));
test('11 on linux is EAGAIN and EWOULDBLOCK', () => assertLookup(11, 'linux', ['EAGAIN', 'EWOULDBLOCK']));
test('45 on macos is ENOTSUP only; 102 is EOPNOTSUPP', () => {
  assertLookup(45, 'macos', ['ENOTSUP']);
  assertLookup(102, 'macos', ['EOPNOTSUPP']);
});
test('10054 on windows is ECONNRESET', () => assertLookup(10054, 'windows', ['ECONNRESET']));
