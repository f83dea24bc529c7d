// The registry of lab scenarios: one import and one line per scenario file (STYLE R6).
import { econnrefused } from './econnrefused.js';

/** Every scenario, in the order the lab table lists them. */
export const SCENARIOS = [
  econnrefused,
] as const;

/** The id of a registered scenario. */
export type ScenarioId = (typeof SCENARIOS)[number]['id'];
