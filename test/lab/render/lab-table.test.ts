// The lab table's "with defaults" column comes from each scenario's typed defaultsMs; --long keeps the words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderLabTable } from '../../../src/lab/render/lab-table.js';
import { defaultsText } from '../../../src/lab/render/outcome-time.js';
import type { LabResult, ScenarioRun } from '../../../src/lab/runner.js';
import { SCENARIOS } from '../../../src/lab/scenarios/index.js';
import type { CallEvent } from '../../../src/lab/timeline.js';
import { judge } from '../../../src/lab/verdict.js';

/** A run of every scenario in which each predicted call returned what the catalog predicts, 40 ms in. */
function agreeingLab(): LabResult {
  const runs = SCENARIOS.map((scenario): ScenarioRun => {
    const events = scenario.predicts.map((p): CallEvent => ({ kind: 'call', t: 40, endpoint: p.endpoint, call: p.call, result: p.result }));
    const { id, title, articleSays, defaultsMs, withDefaults, needs, predicts } = scenario;
    return {
      id, title, articleSays, defaultsMs, withDefaults, needs, predicts, hosts: { client: '127.0.0.1', server: '127.0.0.2' },
      status: 'ran', durationMs: 50, isolated: true, captured: false, events, verdict: judge(predicts, events, 'ran'),
    };
  });
  return {
    platform: 'linux', kernel: '6.18.0', namespaces: { available: true }, durationMs: 900, runs,
    counts: { agrees: runs.length, contradicts: 0, 'not-run': 0, failed: 0 },
  };
}

/** The table's row of `id` (its first line), split into its cells by the two-space column gaps. */
function rowCells(table: string, id: string): string[] {
  const line = table.split('\n').find((l) => l.startsWith(`${id} `));
  assert.ok(line !== undefined, `a row for ${id}`);
  return line.trim().split(/ {2,}/);
}

const lab = agreeingLab();

test('defaultsText: a figure as a rounded duration, the same when the lab shortens nothing, depends when unknown', () => {
  assert.equal(defaultsText({ defaultsMs: 131_000 }), 'about 131 s');
  assert.equal(defaultsText({ defaultsMs: 924_600 }), 'about 15 min');
  assert.equal(defaultsText({ defaultsMs: 7_875_000 }), 'about 2.2 h');
  assert.equal(defaultsText({ defaultsMs: 'as-in-lab' }), 'the same');
  assert.equal(defaultsText({ defaultsMs: null }), 'depends');
});

test('compact table: the with-defaults cell of every scenario is its defaultsMs, never a piece of its words', () => {
  const table = renderLabTable(lab, { color: false, width: 80 });
  for (const run of lab.runs) {
    const cells = rowCells(table, run.id);
    assert.equal(cells.at(-2), defaultsText(run), `${run.id}: ${cells.join(' | ')}`);
    assert.equal(cells.at(-1), 'agrees');
  }
  // Figures the words once gave only in passing, or after another number (5 s idle timeout, 924.6 s without IP_RECVERR).
  assert.equal(rowCells(table, 'etimedout-connect').at(-2), 'about 131 s');
  assert.equal(rowCells(table, 'keepalive-detects-dead-peer').at(-2), 'about 2.2 h');
  assert.equal(rowCells(table, 'ehostunreach-established').at(-2), 'about 15 min');
  assert.equal(rowCells(table, 'http-keepalive-race').at(-2), 'about 5 s');
  assert.equal(rowCells(table, 'server-reboot').at(-2), 'depends');
  assert.equal(rowCells(table, 'econnrefused').at(-2), 'the same');
  assert.equal(rowCells(table, 'econnrefused')[2], '40 ms', 'the time column keeps the lab\'s own format');
  for (const line of table.split('\n')) assert.ok(line.length <= 80, `fits 80 columns: ${line}`);
});

test('--long table: the with-defaults column keeps each scenario\'s words in full', () => {
  const table = renderLabTable(lab, { color: false, width: 400, long: true });
  const [header] = table.split('\n');
  const [from, to] = [header!.indexOf('with defaults'), header!.indexOf('verdict')];
  const column = table.split('\n').map((line) => line.slice(from, to).trim()).join(' ').replace(/\s+/g, ' ');
  for (const run of lab.runs) assert.ok(column.includes(run.withDefaults.replace(/\s+/g, ' ')), `${run.id}: ${run.withDefaults}`);
});

test('a scenario that did not run shows no time, and its defaults all the same', () => {
  const [first] = lab.runs;
  const notRun: ScenarioRun = { ...first!, status: 'not-run', reason: 'needs a network namespace', events: [], verdict: judge(first!.predicts, [], 'not-run') };
  const table = renderLabTable({ ...lab, runs: [notRun], counts: { agrees: 0, contradicts: 0, 'not-run': 1, failed: 0 } }, { color: false, width: 80 });
  assert.deepEqual(rowCells(table, first!.id).slice(2), ['-', defaultsText(first!), 'not run']);
});
