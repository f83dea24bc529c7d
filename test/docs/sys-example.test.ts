// docs/sys.md's example of options on a Node socket runs as printed and prints what its comments say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDocExample } from '../helpers/doc-example.js';

test("docs/sys.md's setKeepAlive/tcpInfo example runs and reads back what it set", async () => {
  const stdout = await runDocExample('docs/sys.md', 'Options on Node sockets', 'socklab');
  const lines = stdout.trim().split('\n');
  assert.equal(lines[0], '{ enable: true, idleSeconds: 10, intervalSeconds: 2, count: 3 }');
  assert.match(lines[1]!, /^ESTABLISHED \d+ \d+$/);
});
