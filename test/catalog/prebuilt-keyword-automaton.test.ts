// Tests the prebuilt keyword automaton: the build saves the catalog recogniser's, and it selects what a built one does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keywordIndex } from '../../src/catalog/keyword-index.js';
import { PATTERNS } from '../../src/catalog/patterns/index.js';
import { prebuiltAutomaton } from '../../src/catalog/prebuilt-keyword-automaton.js';
import { indexedUnits } from '../../src/catalog/recognize.js';
import { LINE_FIXTURES } from '../fixtures/explain/lines.js';
import { REAL_LINES } from '../fixtures/explain/real-lines.js';

const units = indexedUnits(PATTERNS);

test("the build saved the automaton of the catalog recogniser's index, and only that set of keywords finds it", () => {
  assert.notEqual(prebuiltAutomaton(units), null, 'run the build (npm run build): scripts/prebuild-keyword-tables.ts writes it');
  assert.equal(prebuiltAutomaton([{ keywords: ['econnreset'] }]), null);
  assert.equal(prebuiltAutomaton(units.slice(1)), null);
});

test('the index over the prebuilt automaton selects what a keyword-by-keyword search selects', () => {
  const index = keywordIndex(units);
  const selected = new Int32Array(units.length);
  const lines = [...REAL_LINES.map((l) => l.line), ...LINE_FIXTURES.map((l) => l.line), 'INFO websocket 7 closed by client (code 1000)', 'nothing here'];
  for (const line of lines) {
    const count = index.select(line, selected);
    const lower = line.toLowerCase();
    const byHand = units.flatMap((u, i) => (u.keywords.some((k) => lower.includes(k)) ? [i] : []));
    assert.deepEqual([...selected.subarray(0, count)], byHand, line);
  }
});
