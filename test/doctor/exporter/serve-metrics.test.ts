// Tests the exporter end to end: a real Prometheus scrapes it inside a throwaway netns, and the documented rules and
// dashboard queries are checked by promtool and by that Prometheus.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNetns } from '../../helpers/netns.js';

interface Sample { readonly metric: Record<string, string>; readonly value: [number, string] }
interface Run {
  readonly pid: number; readonly stoppedPid: number; readonly stoppedPort: number;
  readonly closeWait: Sample[]; readonly queue: Sample[]; readonly backlog: Sample[]; readonly overflows: Sample[];
  readonly expressions: Record<string, { status: string; error?: string }>;
  readonly rules: { name: string; health: string; lastError?: string }[];
  readonly contentType: string; readonly healthz: string; readonly wideWarning: string | null;
}

const ROOT = new URL('../../../../', import.meta.url).pathname;
const doc = readFileSync(join(ROOT, 'docs/doctor.md'), 'utf8');
const rulesYaml = /<!-- alert-rules[^>]*-->\n```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
const dashboard = JSON.parse(readFileSync(join(ROOT, 'docs/grafana/socklab-doctor.json'), 'utf8')) as { panels: { targets: { expr: string }[] }[] };
// Grafana fills $instance in; for Prometheus itself any value will do.
const panelQueries = dashboard.panels.flatMap((p) => p.targets.map((t) => t.expr.replaceAll('$instance', '.*')));
const ruleQueries = [...(rulesYaml ?? '').matchAll(/^\s+expr: (.*)$/gm)].map((m) => m[1]!);
const dir = mkdtempSync(join(tmpdir(), 'socklab-rules-'));
let run: Run;

before(async () => {
  // The test command installs prometheus when root; a missing one must fail here, never skip.
  assert.ok(existsSync('/usr/bin/prometheus'), 'prometheus is not installed: apt-get install prometheus');
  assert.ok(rulesYaml, 'docs/doctor.md has no alert-rules yaml block');
  writeFileSync(join(dir, 'socklab-alerts.yml'), rulesYaml);
  chmodReadable(dir);
  run = await runInNetns<Run>(new URL('../../helpers/prometheus-netns.js', import.meta.url).pathname,
    [join(dir, 'socklab-alerts.yml'), JSON.stringify([...panelQueries, ...ruleQueries])], 180_000);
});

function chmodReadable(path: string): void {
  execFileSync('chmod', ['-R', 'a+rX', path]);
}

test('Prometheus sees the CLOSE_WAIT leak, attributed to the process that holds it', () => {
  const mine = run.closeWait.filter((s) => s.metric.pid === String(run.pid));
  assert.equal(mine.length, 1, JSON.stringify(run.closeWait));
  assert.equal(mine[0]!.value[1], '5');
  assert.equal(mine[0]!.metric.comm, 'node');
  assert.equal(mine[0]!.metric.job, 'socklab');
});

test('Prometheus sees the full accept queue, its backlog and owner, and the overflows it causes', () => {
  const [queue] = run.queue;
  assert.ok(queue, 'a socklab_listen_queue_length series for the stopped listener');
  assert.equal(queue.metric.pid, String(run.stoppedPid));
  assert.equal(queue.metric.address, '127.0.0.1');
  assert.equal(Number(queue.value[1]), 3); // backlog 2 admits backlog + 1
  assert.equal(run.backlog[0]?.value[1], '2');
  const [overflows] = run.overflows;
  assert.ok(overflows !== undefined && Number(overflows.value[1]) > 0, JSON.stringify(run.overflows));
  assert.equal(overflows.metric.errno, 'ETIMEDOUT');
});

test('every dashboard panel and alert expression is valid PromQL for that Prometheus', () => {
  assert.ok(panelQueries.length >= 6 && ruleQueries.length >= 4);
  for (const expr of [...panelQueries, ...ruleQueries]) assert.deepEqual(run.expressions[expr], { status: 'success' }, expr);
});

test('Prometheus loads the documented alert rules and evaluates them without error', () => {
  assert.deepEqual(run.rules.map((r) => r.name).sort(), ['TcpAbortOnTimeout', 'TcpAcceptQueueFull', 'TcpAcceptQueueOverflow', 'TcpCloseWaitLeak']);
  for (const rule of run.rules) assert.equal(rule.health, 'ok', `${rule.name}: ${rule.lastError ?? ''}`);
});

test('promtool accepts the documented alert rules', () => {
  assert.ok(existsSync('/usr/bin/promtool'), 'promtool is not installed: apt-get install prometheus');
  const out = execFileSync('/usr/bin/promtool', ['check', 'rules', join(dir, 'socklab-alerts.yml')], { encoding: 'utf8' });
  assert.match(out, /SUCCESS: 4 rules found/);
  rmSync(dir, { recursive: true, force: true });
});

test('serves the Prometheus text format and /healthz, and warns when bound beyond loopback', () => {
  assert.match(run.contentType, /^text\/plain; version=0\.0\.4/);
  assert.equal(run.healthz, 'ok\n');
  assert.match(run.wideWarning ?? '', /listening on 0\.0\.0\.0: .*no authentication/);
});
