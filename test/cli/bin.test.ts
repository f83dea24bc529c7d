// The built CLI is executable as a file, as `npx socklab` runs it (the test command's build must keep the bit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));

test('dist/src/cli/bin.js has its execute bits and runs by itself', async () => {
  assert.equal(statSync(BIN).mode & 0o111, 0o111);
  const { stdout } = await promisify(execFile)(BIN, ['--version']);
  assert.match(stdout, /^\d+\.\d+\.\d+/);
});
