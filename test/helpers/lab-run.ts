// Runs one lab scenario in its own namespace and offers lookups over its timeline, for the scenario tests.
import assert from 'node:assert/strict';
import { runScenario as runOneScenario, type ScenarioRun } from '../../src/lab/runner.js';
import type { CallEvent, NoteEvent, PacketEvent } from '../../src/lab/timeline.js';

/** Runs scenario `id` (bounded by `timeoutMs`) and returns its run; fails the test when it did not run. */
export async function runScenario(id: string, timeoutMs = 60_000): Promise<ScenarioRun> {
  const run = await runOneScenario(id, { timeoutMs });
  assert.equal(run.status, 'ran', run.reason);
  return run;
}

/** The calls of `run` that match `endpoint` and `call`. */
export function callsOf(run: ScenarioRun, endpoint: string, call: string): CallEvent[] {
  return run.events.filter((e): e is CallEvent => e.kind === 'call' && e.endpoint === endpoint && e.call === call);
}

/** The packets of `run` whose label contains `label`. */
export function packetsOf(run: ScenarioRun, label: string): PacketEvent[] {
  return run.events.filter((e): e is PacketEvent => e.kind === 'packet' && e.label.includes(label));
}

/** The notes of `run` that contain `text`. */
export function notesOf(run: ScenarioRun, text: string): NoteEvent[] {
  return run.events.filter((e): e is NoteEvent => e.kind === 'note' && e.text.includes(text));
}
