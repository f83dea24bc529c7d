// Anything a command throws becomes one SocklabError: one line, an exit code, the stack only with SOCKLAB_DEBUG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CommanderError } from 'commander';
import { asSocklabError, debugStack, jsonFailure } from '../../src/cli/failure.js';
import { SocklabError } from '../../src/errors/socklab-error.js';

test('a bug becomes SOCKLAB_CLI_UNEXPECTED: one line, exit 70, the original kept as cause', () => {
  const bug = new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.js:1:1)");
  const error = asSocklabError(bug);
  assert.equal(error.code, 'SOCKLAB_CLI_UNEXPECTED');
  assert.equal(error.exitCode, 70);
  assert.equal(error.message.split('\n').length, 1);
  assert.match(error.message, /TypeError: Cannot read properties of undefined/);
  assert.equal(error.cause, bug);
  assert.equal(debugStack(error, {}), '');
  assert.match(debugStack(error, { SOCKLAB_DEBUG: '1' }), /at somewhere/);
});

test('ours stay as they are; commander usage errors exit 2', () => {
  const ours = new SocklabError('SOCKLAB_EXPLAIN_NOTHING_FOUND');
  assert.equal(asSocklabError(ours), ours);
  const usage = asSocklabError(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"));
  assert.equal(usage.exitCode, 2);
  assert.match(usage.message, /^unknown option '--x'/);
  assert.deepEqual(jsonFailure(ours), { error: { code: 'SOCKLAB_EXPLAIN_NOTHING_FOUND', message: ours.message, exitCode: 1 } });
});
