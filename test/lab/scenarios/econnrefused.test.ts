// econnrefused on the real kernel: the SYN meets RST, connect() fails with ECONNREFUSED.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLab } from '../../../src/lab/runner.js';

test('connect to a closed port: RST answers the SYN, ECONNREFUSED', async () => {
  const [run] = (await runLab({ ids: ['econnrefused'] })).runs;
  assert.ok(run !== undefined);
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  const connect = run.events.find((e) => e.kind === 'call' && e.call === 'connect');
  assert.ok(connect?.kind === 'call' && connect.endpoint === 'client' && connect.result === 'ECONNREFUSED');
  if (process.getuid?.() === 0) {
    const packets = run.events.filter((e) => e.kind === 'packet');
    assert.ok(packets.some((p) => p.kind === 'packet' && p.from === 'client' && p.label === 'SYN'), 'SYN captured');
    assert.ok(packets.some((p) => p.kind === 'packet' && p.from === 'server' && p.label.startsWith('RST')), 'RST captured');
  }
});
