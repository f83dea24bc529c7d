// Tests trackRetransmits on a real connection: it notes the socket's TCP_INFO counters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rawPair } from '../../../src/lab/kit/raw-pair.js';
import { LabSandbox } from '../../../src/lab/sandbox/lab-sandbox.js';
import { trackRetransmits } from '../../../src/lab/kit/track-retransmits.js';
import { Timeline } from '../../../src/lab/timeline.js';

test('trackRetransmits notes the state and counters once, and again only on change', async () => {
  const timeline = new Timeline();
  const pair = await rawPair(timeline, LabSandbox.create(false));
  const stop = trackRetransmits(timeline, 'client', pair.client, 2);
  await new Promise((r) => setTimeout(r, 30));
  stop();
  const notes = timeline.events().filter((e) => e.kind === 'note');
  assert.equal(notes.length, 1);
  assert.match(notes[0]!.kind === 'note' ? notes[0]!.text : '', /state ESTABLISHED, retransmits 0, backoff 0/);
  for (const s of [pair.client, pair.server, pair.listener]) s.close();
});
