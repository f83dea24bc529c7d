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

test("with --json a usage error is one JSON document naming the command's --help, on one line", async () => {
  const option = memoryIo();
  assert.equal(await main(['scan', '--json', '--frobnicate'], option), 2);
  assert.deepEqual(JSON.parse(option.out()), { error: { code: 'SOCKLAB_CLI_USAGE', message: "unknown option '--frobnicate'. Run `socklab scan --help` for usage.", exitCode: 2 } });
  const command = memoryIo();
  assert.equal(await main(['frob', '--json'], command), 2);
  assert.equal((JSON.parse(command.out()) as { error: { message: string } }).error.message, "unknown command 'frob' (Did you mean probe?). Run `socklab --help` for usage.");
});

test('text that starts with a dash is an argument after --, and the usage error says so', async () => {
  const io = memoryIo();
  assert.equal(await main(['explain', '-ECONNRESET on read'], io), 2);
  assert.match(io.err(), /put -- before it: socklab explain -- '-ECONNRESET on read'/);
  const typo = memoryIo();
  assert.equal(await main(['explain', '--jsn', 'ECONNRESET'], typo), 2);
  assert.doesNotMatch(typo.err(), /put -- before it/, 'a mistyped flag gets did-you-mean, not the hint');
  const after = memoryIo();
  assert.equal(await main(['explain', '--short', '--', '- ECONNRESET'], after), 0);
  assert.match(after.out(), /^ECONNRESET 104/);
});

test("usage errors quote argv with its control characters escaped", async () => {
  const io = memoryIo();
  assert.equal(await main(['explain', '--\x1b]0;owned\x07'], io), 2);
  assert.ok(!io.err().includes('\x1b]'), io.err());
  assert.match(io.err(), /\\x1b\]0;owned\\x07/);
});

test('colour only on a TTY, never with NO_COLOR, forced by FORCE_COLOR', () => {
  assert.equal(wantsColor(true, {}), true);
  assert.equal(wantsColor(false, {}), false);
  assert.equal(wantsColor(true, { NO_COLOR: '1' }), false);
  assert.equal(wantsColor(false, { FORCE_COLOR: '1' }), true);
  assert.equal(wantsColor(true, { TERM: 'dumb' }), false);
});
