// Tests doctorMetrics() on real sockets of this process: per-state and per-process series, and the top-N bound.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import net from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { OTHER_PROCESSES, doctorMetrics } from '../../../src/doctor/exporter/doctor-metrics.js';

/** The value of the series `name{labels}` in Prometheus text, matching every given label. */
function value(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

/**
 * `n` sockets of this process in CLOSE_WAIT: the server side of connections whose client has closed. Only its own
 * clients' connections are kept: a test that connects to a port it believes free (to see it refused) may reach this one.
 */
async function closeWaitSockets(n: number): Promise<{ close: () => void }> {
  const accepted: net.Socket[] = [];
  const clients: net.Socket[] = [];
  const server = net.createServer({ allowHalfOpen: true }, (s) => accepted.push(s)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  for (let i = 0; i < n; i += 1) {
    const c = net.connect(port, '127.0.0.1');
    await once(c, 'connect');
    c.end(); // our server side keeps its half open: CLOSE_WAIT
    clients.push(c);
  }
  const ours = new Set(clients.map((c) => c.localPort));
  while (accepted.filter((s) => ours.has(s.remotePort)).length < n) await delay(5);
  server.close();
  for (const s of accepted) if (!ours.has(s.remotePort)) s.destroy();
  await delay(50);
  return { close: () => { for (const s of [...accepted, ...clients]) s.destroy(); } };
}

test('counts this process\'s CLOSE_WAIT sockets under its pid, and every state namespace-wide', async () => {
  const sockets = await closeWaitSockets(3);
  try {
    const metrics = doctorMetrics();
    metrics.collect();
    const text = await metrics.registry.metrics();
    assert.equal(value(text, 'socklab_process_tcp_sockets', { pid: String(process.pid), state: 'CLOSE_WAIT' }), 3);
    assert.ok((value(text, 'socklab_tcp_sockets', { state: 'CLOSE_WAIT' }) ?? 0) >= 3);
    assert.equal(value(text, 'socklab_tcp_sockets', { state: 'NEW_SYN_RECV' }) !== undefined, true, 'every state has a series');
    assert.match(text, /^# TYPE socklab_kernel_tcp_events_total counter$/m);
    assert.match(text, /^socklab_kernel_tcp_events_total\{counter="ListenOverflows",errno="ETIMEDOUT"\} \d+$/m);
  } finally {
    sockets.close();
  }
});

test('processes beyond --top are summed under pid="other", so label sets stay bounded', async () => {
  const sockets = await closeWaitSockets(2);
  try {
    const metrics = doctorMetrics({ topProcesses: 0 });
    metrics.collect();
    const text = await metrics.registry.metrics();
    assert.equal(value(text, 'socklab_process_tcp_sockets', { pid: String(process.pid) }), undefined);
    assert.ok((value(text, 'socklab_process_tcp_sockets', { pid: OTHER_PROCESSES, state: 'CLOSE_WAIT' }) ?? 0) >= 2);
  } finally {
    sockets.close();
  }
});
