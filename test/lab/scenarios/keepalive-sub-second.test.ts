// Runs keepalive-sub-second: the kernel refuses TCP_KEEPIDLE 0, Node's 500 ms keeps the 2 h default, socklab/net's finds the dead peer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, notesOf, runScenario } from '../../helpers/lab-run.js';

test("Node's keepAliveMsecs 500 leaves TCP_KEEPIDLE at 7200 s; withSocketOptions sets 1 s and the pooled socket dies with ETIMEDOUT", async () => {
  const run = await runScenario('keepalive-sub-second');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.verdict));
  assert.equal(callsOf(run, 'client', 'setsockopt TCP_KEEPIDLE 0')[0]?.result, 'EINVAL');
  assert.equal(notesOf(run, 'pooled socket (Node: keepAliveMsecs 500): getsockopt says SO_KEEPALIVE on, TCP_KEEPIDLE 7200 s').length, 1);
  assert.equal(notesOf(run, 'pooled socket (socklab/net: idle 500 ms): getsockopt says SO_KEEPALIVE on, TCP_KEEPIDLE 1 s, TCP_KEEPINTVL 1 s, TCP_KEEPCNT 1').length, 1);
  const found = callsOf(run, 'client', 'pooled socket (socklab/net: idle 500 ms)')[0];
  assert.equal(found?.result, 'ETIMEDOUT');
  // 1 s idle + 1 probe x 1 s after the last packet; loaded machines add delay.
  assert.match(found.detail ?? '', /after (1\.[5-9]|[2-9]\.\d|1\d\.\d)\d s/);
  assert.equal(callsOf(run, 'client', 'pooled socket (Node: keepAliveMsecs 500)')[0]?.result, 'no-error');
});
