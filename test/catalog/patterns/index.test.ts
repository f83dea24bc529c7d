// The pattern-table registry matches the files on disk: one file per ecosystem, named after its table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ECOSYSTEMS, PATTERN_TABLES, PATTERNS, TABLES } from '../../../src/catalog/patterns/index.js';

const dir = fileURLToPath(new URL('../../../src/catalog/patterns/', import.meta.url));

test('every table file is registered and every registered table has its file', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'index.js').map((f) => f.slice(0, -3)).sort();
  assert.deepEqual([...ECOSYSTEMS].sort(), files);
});

test('ECOSYSTEMS, PATTERN_TABLES and PATTERNS are derived from the one TABLES list', () => {
  assert.deepEqual(ECOSYSTEMS, TABLES.map((t) => t.name));
  assert.deepEqual(Object.keys(PATTERN_TABLES), [...ECOSYSTEMS]);
  assert.equal(PATTERNS.length, TABLES.reduce((n, t) => n + t.patterns.length, 0));
});

test('definePatternTable writes the ecosystem once: every id is <table>.<slug> and every pattern carries the table name', () => {
  for (const table of TABLES) {
    for (const p of table.patterns) {
      assert.equal(p.ecosystem, table.name);
      assert.match(p.id, new RegExp(`^${table.name}\\.[\\w-]+$`));
    }
  }
});
