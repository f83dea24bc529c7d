// Tests doctor() against sockets built inside a throwaway network namespace: each problem must be found and attributed.
import { before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { doctor } from '../../src/doctor/doctor.js';
import type { DoctorResult, Finding } from '../../src/doctor/doctor-result.js';
import { runInNetns } from '../helpers/netns.js';
import { AS_NOBODY, runtimeForNobody } from '../helpers/nobody-runtime.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Scenario {
  readonly pid: number;
  readonly stoppedPid: number;
  readonly ports: { LEAK_PORT: number; STOPPED_PORT: number; DROP_DATA_PORT: number; SILENT_PORT: number };
  readonly silentHost: string;
  readonly result: DoctorResult;
}

let s: Scenario;
const kind = (k: Finding['kind']): Finding[] => s.result.findings.filter((f) => f.kind === k);
const counter = (key: string): number => s.result.counters.find((c) => c.key === key)?.delta ?? -1;

before(async () => {
  s = await runInNetns<Scenario>(new URL('../helpers/doctor-netns-scenarios.js', import.meta.url).pathname, [], 20000);
});

test('finds the CLOSE_WAIT leak and names the process that holds it', () => {
  const [leak] = kind('close-wait-leak');
  assert.ok(leak, 'a close-wait-leak finding');
  assert.equal(leak.count, 5);
  assert.equal(leak.owner?.pid, s.pid);
  assert.equal(leak.errno?.name, 'EPIPE');
  assert.ok(leak.sockets.every((r) => r.local === `127.0.0.1:${s.ports.LEAK_PORT}` && r.state === 'CLOSE_WAIT'));
  assert.equal(s.result.processes.find((p) => p.pid === s.pid)?.byState.CLOSE_WAIT, 5);
});

test('finds the orphaned FIN_WAIT2 sockets the closed clients left', () => {
  const [orphans] = kind('fin-wait2-orphans');
  assert.equal(orphans?.count, 5);
  assert.equal(orphans?.owner, null);
});

test('finds the full accept queue of the stopped listener, with its backlog', () => {
  const [full] = kind('accept-queue-full');
  assert.ok(full, 'an accept-queue-full finding');
  assert.equal(full.owner?.pid, s.stoppedPid);
  assert.equal(full.sockets[0]?.local, `127.0.0.1:${s.ports.STOPPED_PORT}`);
  assert.equal(full.sockets[0]?.backlog, 2);
  assert.equal(full.count, 3); // the kernel queues backlog + 1 before refusing
});

test('finds retransmitting data and unanswered SYNs to the silent host', () => {
  const [retrans] = kind('retransmitting');
  assert.ok(retrans, 'a retransmitting finding');
  const ref = retrans.sockets[0];
  assert.equal(ref?.remote, `${s.silentHost}:${s.ports.DROP_DATA_PORT}`);
  assert.ok((ref?.retransmits ?? 0) >= 1 && ref?.timer === 'retransmit' && ref.sendQueue === 1000);
  const syn = kind('syn-sent-unanswered').flatMap((f) => f.sockets);
  assert.ok(syn.some((r) => r.remote === `${s.silentHost}:${s.ports.SILENT_PORT}` && r.retransmits >= 1));
  assert.ok(syn.some((r) => r.remote === `127.0.0.1:${s.ports.STOPPED_PORT}`), 'clients of the full queue wait in SYN_SENT too');
});

test('counts counter deltas in the namespace and says what they mean', () => {
  assert.ok(counter('TcpExt:ListenOverflows') >= 3, `ListenOverflows delta ${counter('TcpExt:ListenOverflows')}`);
  assert.ok(counter('TcpExt:TCPSynRetrans') >= 1);
  assert.ok(counter('Tcp:RetransSegs') >= 2);
  const overflow = s.result.counters.find((c) => c.key === 'TcpExt:ListenOverflows');
  assert.match(overflow?.meaning ?? '', /^ListenOverflows \+\d+: .*accept queue was full/);
  assert.equal(overflow?.errno?.name, 'ETIMEDOUT');
  assert.match(overflow?.source ?? '', /snmp\.h.*proc\.c.*tcp_conn_request/);
});

test('filters by state and port, and reports what it could see', async () => {
  const r = await doctor({ intervalMs: 0, state: 'LISTEN' });
  assert.ok(Object.entries(r.totals.byState).every(([st, n]) => st === 'LISTEN' || n === 0));
  assert.equal(r.intervalMs, 0);
  assert.ok(r.counters.every((c) => c.delta === 0 && c.meaning === null));
  assert.equal(s.result.visibility.root, true);
  assert.ok(s.result.visibility.scannedProcesses >= 2);
  const none = await doctor({ intervalMs: 0, port: 1, state: 'ESTABLISHED' });
  assert.equal(none.totals.sockets, 0);
  assert.deepEqual(none.filters, { port: 1, state: 'ESTABLISHED' });
});

test('unprivileged: says which processes it could not see', { skip: process.getuid?.() !== 0 && 'needs root to switch to nobody' }, () => {
  const runtime = runtimeForNobody();
  const module = pathToFileURL(join(runtime.root, 'dist/src/doctor/doctor.js')).href;
  const script = `import(${JSON.stringify(module)}).then(async (m) => console.log(JSON.stringify((await m.doctor({ intervalMs: 0 })).visibility)))`;
  let out: string;
  try {
    out = execFileSync(AS_NOBODY[0], [...AS_NOBODY.slice(1), process.execPath, '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 10000, cwd: '/' });
  } finally {
    runtime.cleanup();
  }
  const v = JSON.parse(out) as DoctorResult['visibility'];
  assert.equal(v.root, false);
  assert.ok(v.unreadableProcesses > 0, 'other users\' processes are unreadable');
  assert.match(v.notes[0] ?? '', /could not be inspected \(not yours\).*Run as root/);
});

test('TCPAbortOnTimeout rises when a connection dies of ETIMEDOUT, and says so', async () => {
  const { appSaw, counters } = await runInNetns<{ appSaw: string; counters: DoctorResult['counters'] }>(
    new URL('../helpers/doctor-netns-abort.js', import.meta.url).pathname, [], 20000);
  assert.equal(appSaw, 'ETIMEDOUT');
  const abort = counters.find((c) => c.key === 'TcpExt:TCPAbortOnTimeout');
  assert.equal(abort?.delta, 1);
  assert.match(abort?.meaning ?? '', /^TCPAbortOnTimeout \+1: one local connection just failed with ETIMEDOUT/);
  assert.equal(abort?.errno?.name, 'ETIMEDOUT');
  assert.ok(counters.some((c) => c.key === 'Tcp:EstabResets' && c.delta >= 1));
});
