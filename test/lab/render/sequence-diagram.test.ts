// The repro diagram puts each event on its side, arrows between, and the verdict below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSequenceDiagram } from '../../../src/lab/render/sequence-diagram.js';
import { renderLabTable } from '../../../src/lab/render/lab-table.js';
import { runLab } from '../../../src/lab/runner.js';

const result = await runLab({ ids: ['econnrefused'] });
const run = result.runs[0]!;

test('diagram: client call on the left, verdict and claims below, no colour codes when colour is off', () => {
  const text = renderSequenceDiagram(run, { color: false, width: 120 });
  assert.match(text, /^econnrefused: connect\(\) to a port with no listener/);
  assert.match(text, /\n +\d+(\.\d)? ms {2}connect → ECONNREFUSED/);
  assert.match(text, /The article says: /);
  assert.match(text, /Verdict: agrees/);
  assert.doesNotMatch(text, /\x1b\[/);
  if (run.captured) assert.match(text, /─ SYN ─+▶/);
});

test('diagram with colour highlights errnos', () => {
  const text = renderSequenceDiagram(run, { color: true, width: 120 });
  assert.match(text, /\x1b\[31m\x1b\[1mECONNREFUSED/);
});

test('lab table: one row per scenario, what the kernel did, and the summary', () => {
  const text = renderLabTable(result, { color: false, width: 80 });
  assert.match(text, /^scenario +observed +time +with defaults +verdict/);
  assert.match(text, /econnrefused +connect → ECONNREFUSED +\d+(\.\d)? m?s +the same +agrees/);
  assert.match(text, /1 scenario in .* 1 agree with the catalog, 0\s+contradict it/);
  const long = renderLabTable(result, { color: false, width: 160, long: true });
  assert.match(long, /^scenario +the article says +this kernel did +time +with defaults +verdict/);
  assert.match(long, /econnrefused .* client connect → ECONNREFUSED/);
});
