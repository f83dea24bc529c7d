// The scenario registry matches the files on disk, and every predicted errno links back to its scenario (STYLE R6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCENARIOS } from '../../src/lab/scenarios/index.js';
import type { Scenario } from '../../src/lab/scenario.js';
import { ERRNO_ENTRIES } from '../../src/catalog/data/entries.js';
import { isErrnoName } from '../../src/catalog/lookup.js';

const dir = fileURLToPath(new URL('../../src/lab/scenarios/', import.meta.url));

test('one file per scenario, named after its id, all registered', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'index.js').map((f) => f.replace(/\.js$/, '')).sort();
  assert.deepEqual(SCENARIOS.map((s) => s.id).sort(), files);
});

test('scenario ids are unique kebab-case', () => {
  const ids = SCENARIOS.map((s) => s.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
});

for (const scenario of SCENARIOS) {
  test(`${scenario.id}: predictions name catalog errnos that link back to it`, () => {
    assert.ok(scenario.predicts.length > 0);
    assert.ok(scenario.articleSays.length > 20 && scenario.withDefaults.length > 0);
    const { defaultsMs } = scenario;
    assert.ok(defaultsMs === null || defaultsMs === 'as-in-lab' || (Number.isFinite(defaultsMs) && defaultsMs > 0), 'defaultsMs is a positive number, as-in-lab or null');
    const { labMs } = scenario as Scenario;
    assert.ok(labMs === undefined || (Number.isFinite(labMs) && labMs >= 1000), 'labMs, when given, is a second or more');
    for (const { result } of scenario.predicts) {
      if (!isErrnoName(result)) continue;
      const entry = ERRNO_ENTRIES[result];
      assert.ok(entry !== undefined, `${result} is in the catalog`);
      assert.ok(entry.scenarios.includes(scenario.id), `catalog entry ${result} lists scenario ${scenario.id}`);
    }
  });
}
