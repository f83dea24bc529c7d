// Loads one scenario by id from its own file, so a scenario process pays for one scenario's imports, not the registry's.
import type { Scenario } from '../scenario.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The scenario `id`, imported from `scenarios/<id>.js` alone (file name = id, R5, which the registry test checks);
 * undefined for an id that is not kebab-case or a file that does not export it. Importing the registry instead
 * loads all 26 scenarios and what they use (HTTP, fetch, ...): 0.06 s more CPU per scenario process, 1.5 s for
 * the 26 processes of a whole lab.
 */
export async function loadScenario(id: string): Promise<Scenario | undefined> {
  if (!ID.test(id)) return undefined;
  const exports = await import(`../scenarios/${id}.js`) as Record<string, unknown>;
  return Object.values(exports).find((value): value is Scenario => (value as Partial<Scenario> | null)?.id === id);
}
