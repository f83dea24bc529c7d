// Runs eaddrinuse-time-wait: TIME_WAIT blocks a restart unless the old and the new server both set SO_REUSEADDR.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, notesOf, runScenario } from '../../helpers/lab-run.js';

test('only SO_REUSEADDR after SO_REUSEADDR binds; Node after Node listens; TIME_WAIT is what holds the port', async () => {
  const run = await runScenario('eaddrinuse-time-wait');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  const result = (call: string): string | undefined => callsOf(run, 'server', call)[0]?.result;
  assert.deepEqual(
    ['plain', 'SO_REUSEADDR', 'Node'].map((restart) => result(`${restart === 'Node' ? 'listen' : 'bind'} (old server plain, new ${restart})`)),
    ['EADDRINUSE', 'EADDRINUSE', 'EADDRINUSE'],
  );
  assert.equal(result('bind (old server SO_REUSEADDR, new SO_REUSEADDR)'), 'ok');
  assert.equal(result('listen (old server SO_REUSEADDR, new Node)'), 'ok');
  assert.equal(notesOf(run, 'ss state time-wait: 0 0 127.0.0.2:').length, 2, 'ss shows the TIME_WAIT connection each time');
});
