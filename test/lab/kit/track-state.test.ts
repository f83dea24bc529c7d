// Tests trackState on a real connection: each TCP state of the socket lands on the timeline once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rawPair } from '../../../src/lab/kit/raw-pair.js';
import { trackState } from '../../../src/lab/kit/track-state.js';
import { pollUntil } from '../../../src/lab/kit/sleep.js';
import { LabSandbox } from '../../../src/lab/sandbox/lab-sandbox.js';
import { Timeline } from '../../../src/lab/timeline.js';

test('trackState records ESTABLISHED, then CLOSE_WAIT once the peer closes, each once', async () => {
  const timeline = new Timeline();
  const pair = await rawPair(timeline, LabSandbox.create(false));
  try {
    const stop = trackState(timeline, 'client', pair.client, 2);
    await new Promise((r) => setTimeout(r, 20));
    pair.server.close();
    const states = (): string[] => timeline.events().flatMap((e) => (e.kind === 'state' && e.endpoint === 'client' ? [e.state] : []));
    await pollUntil(() => (states().includes('CLOSE_WAIT') ? true : undefined), 2000);
    await new Promise((r) => setTimeout(r, 20));
    stop();
    assert.deepEqual(states(), ['ESTABLISHED', 'CLOSE_WAIT']);
  } finally {
    for (const s of [pair.client, pair.listener]) s.close();
  }
});
