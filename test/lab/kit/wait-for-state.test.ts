// Tests tcpStateOf and waitForState on a real loopback connection: FIN moves the client to CLOSE_WAIT.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rawPair } from '../../../src/lab/kit/raw-pair.js';
import { LabSandbox } from '../../../src/lab/sandbox/lab-sandbox.js';
import { tcpStateOf, waitForState } from '../../../src/lab/kit/wait-for-state.js';
import { Timeline } from '../../../src/lab/timeline.js';

test('waitForState sees CLOSE_WAIT after the peer closes, and gives up on a state that never comes', async () => {
  const pair = await rawPair(new Timeline(), LabSandbox.create(false));
  try {
    assert.equal(tcpStateOf(pair.client), 'ESTABLISHED');
    pair.server.close();
    assert.equal(await waitForState(pair.client, 'CLOSE_WAIT', 3000), true);
    const started = performance.now();
    assert.equal(await waitForState(pair.client, 'LISTEN', 100), false);
    assert.ok(performance.now() - started >= 90, 'waited the full timeout');
  } finally {
    pair.client.close();
    pair.listener.close();
  }
  assert.equal(tcpStateOf(pair.client), undefined, 'a closed socket has no state');
});
