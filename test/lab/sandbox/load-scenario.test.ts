// loadScenario finds every registered scenario in its own file, and nothing for an id that is not one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadScenario } from '../../../src/lab/sandbox/load-scenario.js';
import { SCENARIOS } from '../../../src/lab/scenarios/index.js';

test('each registered scenario loads from its own file as the very object the registry lists', async () => {
  for (const scenario of SCENARIOS) assert.equal(await loadScenario(scenario.id), scenario, scenario.id);
});

test('an id that is not kebab-case is refused before any import; an unknown one fails to import', async () => {
  for (const id of ['../scenario', 'index.js', 'Econnrefused', '']) assert.equal(await loadScenario(id), undefined, id);
  await assert.rejects(loadScenario('no-such-scenario'), { code: 'ERR_MODULE_NOT_FOUND' });
});
