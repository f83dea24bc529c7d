// README's Survive section: its socklab/net example runs as printed, from the package, and prints what its comments say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDocExample } from '../helpers/doc-example.js';

test("the README's socklab/net example runs and prints the kernel's values and classify's verdict", async () => {
  const stdout = await runDocExample('README.md', 'Survive', 'socklab/net');
  const lines = stdout.trim().split('\n');
  assert.match(stdout, /idleMs: 1000,\s+intervalMs: 2000,\s+count: 3,\s+deadAfterMs: 7000/);
  assert.deepEqual(lines.slice(-4), ['10000', 'fetch failed undefined', 'ECONNREFUSED connect safe', 'true']);
});
