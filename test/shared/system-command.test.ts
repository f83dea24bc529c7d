// commandPath finds programs by absolute path without a shell; as root, only in the system directories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SYSTEM_DIRS, commandPath } from '../../src/shared/system-command.js';

const run = promisify(execFile);
const MODULE = new URL('../../src/shared/system-command.js', import.meta.url).href;

test('finds ip and setpriv in the system directories, and nothing for a name with a slash or no such program', () => {
  assert.ok(SYSTEM_DIRS.some((dir) => commandPath('ip') === `${dir}/ip`), commandPath('ip'));
  assert.ok(commandPath('setpriv')?.startsWith('/'));
  assert.equal(commandPath('../ip'), undefined);
  assert.equal(commandPath('no-such-program-socklab'), undefined);
});

test('a program first on PATH is used only when not root', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-path-'));
  try {
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'ip'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const script = `const { commandPath } = await import(${JSON.stringify(MODULE)}); console.log(commandPath('ip'));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } });
    const expected = process.geteuid?.() === 0 ? commandPath('ip') : join(dir, 'ip');
    assert.equal(stdout.trim(), expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
