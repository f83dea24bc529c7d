// docs/clients.md's socklab/net example runs as printed, from the package, and prints what its comments say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDocExample } from '../helpers/doc-example.js';

test("docs/clients.md's socklab/net example runs and prints the kernel's values and classify's reading", async () => {
  const stdout = await runDocExample('docs/clients.md', 'socklab/net', 'socklab/net');
  assert.match(stdout, /idleMs: 1000,\s+intervalMs: 2000,\s+count: 3,\s+deadAfterMs: 7000/);
  assert.match(stdout, /^10000 ESTABLISHED$/m);
  assert.match(stdout, /kind: 'peer-closed',[\s\S]*phase: 'read',[\s\S]*retry: 'idempotent-only',[\s\S]*patternId: 'node\.undici-other-side-closed'/);
  assert.equal(stdout.trim().split('\n').at(-1), 'true false');
});
