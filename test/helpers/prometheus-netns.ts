// Inside a throwaway netns: serves doctor's metrics, has a real Prometheus scrape them, builds a CLOSE_WAIT leak and a
// full accept queue, and prints what Prometheus's HTTP API answers (args: rules file, PromQL expressions as JSON).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveMetrics } from '../../src/doctor/exporter/serve-metrics.js';
import { loopbackUp } from './netns.js';

const LEAK_PORT = 7001;
const STOPPED_PORT = 7002;
const PROMETHEUS = 'http://127.0.0.1:9090';
const [rulesFile = '', expressionsJson = '[]'] = process.argv.slice(2);
const held: net.Socket[] = [];
const children: ChildProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), 'socklab-prometheus-'));

interface Sample { readonly metric: Record<string, string>; readonly value: [number, string] }

async function query(expr: string): Promise<{ status: string; error?: string; data?: { result: Sample[] } }> {
  const res = await fetch(`${PROMETHEUS}/api/v1/query?query=${encodeURIComponent(expr)}`);
  return (await res.json()) as { status: string; error?: string; data?: { result: Sample[] } };
}

/** Waits until Prometheus answers /-/ready (it takes a second or two to start), or throws after 30 s. */
async function ready(): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await fetch(`${PROMETHEUS}/-/ready`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('Prometheus did not become ready in 30 s');
}

/**
 * Polls `expr` until `ok` holds for its samples (Prometheus scrapes every second), or 40 s pass: under a load of 10 on
 * two cores, 20 s once ran out before the leak showed.
 */
async function until(expr: string, ok: (samples: Sample[]) => boolean): Promise<Sample[]> {
  const deadline = Date.now() + 40_000;
  let last: Sample[] = [];
  while (Date.now() < deadline) {
    last = (await query(expr)).data?.result ?? [];
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

loopbackUp();
const exporter = await serveMetrics({ port: 9464 });
try {
  writeFileSync(join(dir, 'prometheus.yml'), [
    'global: { scrape_interval: 1s, evaluation_interval: 1s }',
    `rule_files: [${JSON.stringify(rulesFile)}]`,
    'scrape_configs:',
    '  - job_name: socklab',
    "    static_configs: [{ targets: ['127.0.0.1:9464'] }]",
  ].join('\n'));
  const prometheus = spawn('setpriv', ['--pdeathsig', 'KILL', '/usr/bin/prometheus', `--config.file=${join(dir, 'prometheus.yml')}`,
    `--storage.tsdb.path=${join(dir, 'data')}`, '--web.listen-address=127.0.0.1:9090', '--log.level=error'], { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(prometheus);
  await ready();

  // A listener in a stopped process: nobody calls accept(), so its queue fills (backlog 2 -> 3 queued, then drops).
  const stopped = spawn('setpriv', ['--pdeathsig', 'KILL', process.execPath, '-e',
    `require('net').createServer().listen({ port: ${STOPPED_PORT}, host: '127.0.0.1', backlog: 2 }, () => console.log('ready'))`], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(stopped);
  await once(stopped.stdout!, 'data');
  process.kill(stopped.pid as number, 'SIGSTOP');
  for (let i = 0; i < 6; i += 1) held.push(net.connect(STOPPED_PORT, '127.0.0.1').on('error', () => {}));

  // CLOSE_WAIT leak: this process keeps the half-open sockets and never closes them after the client's FIN.
  const leaky = net.createServer({ allowHalfOpen: true }, (s) => held.push(s)).listen(LEAK_PORT, '127.0.0.1');
  await once(leaky, 'listening');
  for (let i = 0; i < 5; i += 1) {
    const c = net.connect(LEAK_PORT, '127.0.0.1');
    await once(c, 'connect');
    c.end();
    held.push(c);
  }

  const closeWait = await until(`socklab_process_tcp_sockets{state="CLOSE_WAIT"}`, (s) => s.some((x) => x.value[1] === '5'));
  const queue = await until(`socklab_listen_queue_length{port="${STOPPED_PORT}"}`, (s) => s.some((x) => Number(x.value[1]) >= 3));
  const backlog = await until(`socklab_listen_queue_backlog{port="${STOPPED_PORT}"}`, (s) => s.length > 0);
  const overflows = await until('socklab_kernel_tcp_events_total{counter="ListenOverflows"}', (s) => s.some((x) => Number(x.value[1]) > 0));
  const expressions: Record<string, { status: string; error?: string }> = {};
  for (const expr of JSON.parse(expressionsJson) as string[]) {
    const { status, error } = await query(expr);
    expressions[expr] = error === undefined ? { status } : { status, error };
  }
  const rules = (await (await fetch(`${PROMETHEUS}/api/v1/rules`)).json()) as { data: { groups: { rules: { name: string; health: string; lastError?: string }[] }[] } };
  const scrape = await fetch(`${exporter.url}/metrics`);
  const wide = await serveMetrics({ host: '0.0.0.0', port: 0 });
  await wide.close();
  console.log(JSON.stringify({
    pid: process.pid, stoppedPid: stopped.pid, stoppedPort: STOPPED_PORT,
    closeWait, queue, backlog, overflows, expressions,
    rules: rules.data.groups.flatMap((g) => g.rules.map(({ name, health, lastError }) => ({ name, health, lastError }))),
    contentType: scrape.headers.get('content-type'), wideWarning: wide.warning ?? null, healthz: await (await fetch(`${exporter.url}/healthz`)).text(),
  }));
} catch (error) {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exitCode = 1;
} finally {
  await Promise.all(children.filter((c) => c.exitCode === null && c.signalCode === null).map((c) => {
    const exited = once(c, 'exit');
    c.kill('SIGKILL');
    return exited;
  }));
  for (const s of held) s.destroy();
  await exporter.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit();
}
