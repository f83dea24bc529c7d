// Tests rawPair: a real loopback connection whose calls land on the timeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rawPair } from '../../../src/lab/kit/raw-pair.js';
import { LabSandbox } from '../../../src/lab/sandbox/lab-sandbox.js';
import { Timeline } from '../../../src/lab/timeline.js';

test('rawPair connects, accepts and records both calls', async () => {
  const timeline = new Timeline();
  const pair = await rawPair(timeline, LabSandbox.create(false));
  try {
    assert.deepEqual(timeline.events().filter((e) => e.kind === 'call').map((e) => e.kind === 'call' && `${e.endpoint} ${e.call} ${e.result}`), ['client connect ok', 'server accept ok']);
    assert.equal(pair.client.write('x').ok, true);
    const read = await pair.server.readWait(2000);
    assert.ok(read.ok && read.value.toString() === 'x');
  } finally {
    for (const s of [pair.client, pair.server, pair.listener]) s.close();
  }
});
