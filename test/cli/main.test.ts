// The CLI shell: --help for every command, --version, usage errors exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main, VERSION } from '../../src/cli/main.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { wantsColor } from '../../src/cli/cli-io.js';
import { memoryIo } from '../helpers/memory-io.js';

test('--version prints the package version', async () => {
  const io = memoryIo();
  assert.equal(await main(['--version'], io), 0);
  assert.equal(io.out().trim(), VERSION);
  assert.match(VERSION, /^\d+\.\d+\.\d+/);
});

test('--help lists every command', async () => {
  const io = memoryIo();
  assert.equal(await main(['--help'], io), 0);
  for (const command of COMMANDS) assert.match(io.out(), new RegExp(`\\n  ${command.name}\\b`));
});

for (const command of COMMANDS) {
  test(`${command.name} --help shows its usage, options and --json`, async () => {
    const io = memoryIo();
    assert.equal(await main([command.name, '--help'], io), 0);
    assert.match(io.out(), new RegExp(`Usage: socklab ${command.name}`));
    assert.match(io.out(), /--json/, `${command.name} offers --json`);
  });
}

test('an unknown command is a usage error (exit 2) that names it', async () => {
  const io = memoryIo();
  assert.equal(await main(['frobnicate'], io), 2);
  assert.match(io.err(), /unknown command 'frobnicate'/);
});

test('an unknown option is a usage error (exit 2)', async () => {
  const io = memoryIo();
  assert.equal(await main(['lab', '--frobnicate'], io), 2);
  assert.match(io.err(), /unknown option '--frobnicate'/);
});

test('colour only on a TTY, never with NO_COLOR, forced by FORCE_COLOR', () => {
  assert.equal(wantsColor(true, {}), true);
  assert.equal(wantsColor(false, {}), false);
  assert.equal(wantsColor(true, { NO_COLOR: '1' }), false);
  assert.equal(wantsColor(false, { FORCE_COLOR: '1' }), true);
  assert.equal(wantsColor(true, { TERM: 'dumb' }), false);
});
