// docs/clients.md's socklab/net example runs as printed, from the package, and prints what its comments say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test("docs/clients.md's socklab/net example runs and prints the kernel's values and classify's reading", async () => {
  const section = /^## socklab\/net[\s\S]*?(?=^## )/m.exec(readFileSync(`${root}docs/clients.md`, 'utf8'))?.[0] ?? '';
  const example = /```js\n([\s\S]*?from 'socklab\/net';[\s\S]*?)```/.exec(section)?.[1];
  assert.ok(example !== undefined, "docs/clients.md's socklab/net section has a js block importing socklab/net");
  // Evaluated from the checkout's root, so 'socklab/net' resolves through package.json's exports, as in a project.
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', example], { cwd: root, timeout: 30_000 });
  assert.match(stdout, /idleMs: 1000,\s+intervalMs: 2000,\s+count: 3,\s+deadAfterMs: 7000/);
  assert.match(stdout, /^10000 ESTABLISHED$/m);
  assert.match(stdout, /kind: 'peer-closed',[\s\S]*phase: 'read',[\s\S]*retry: 'idempotent-only',[\s\S]*patternId: 'node\.undici-other-side-closed'/);
  assert.equal(stdout.trim().split('\n').at(-1), 'true false');
});
