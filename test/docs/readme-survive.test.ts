// README's Survive section: its socklab/net example runs as printed, from the package, and prints what its comments say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));

test("the README's socklab/net example runs and prints the kernel's values and classify's verdict", async () => {
  const survive = /^## Survive[\s\S]*?(?=^## )/m.exec(readFileSync(`${root}README.md`, 'utf8'))?.[0] ?? '';
  const example = /```js\n([\s\S]*?from 'socklab\/net';[\s\S]*?)```/.exec(survive)?.[1];
  assert.ok(example !== undefined, "README's Survive section has a js block importing socklab/net");
  // Evaluated from the checkout's root, so 'socklab/net' resolves through package.json's exports, as in a project.
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', example], { cwd: root, timeout: 30_000 });
  const lines = stdout.trim().split('\n');
  assert.match(stdout, /idleMs: 1000,\s+intervalMs: 2000,\s+count: 3,\s+deadAfterMs: 7000/);
  assert.deepEqual(lines.slice(-4), ['10000', 'fetch failed undefined', 'ECONNREFUSED connect safe', 'true']);
});
