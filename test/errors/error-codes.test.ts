// Table-driven checks over every socklab error code (STYLE R18).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES, type SocklabErrorCode } from '../../src/errors/error-codes.js';
import { SocklabError, isSocklabError } from '../../src/index.js';

const codes = Object.keys(ERROR_CODES) as SocklabErrorCode[];

test('error codes are alphabetical and prefixed', () => {
  assert.deepEqual(codes, [...codes].sort());
  for (const code of codes) assert.match(code, /^SOCKLAB_[A-Z]+_[A-Z_]+$/);
});

for (const code of codes) {
  test(`${code} renders a message and carries an exit code`, () => {
    // Every detail a message template asks for gets a value, whatever its name.
    const details = new Proxy({}, { get: (_target, key) => `<${String(key)}>`, has: () => true });
    const error = new SocklabError(code, details);
    assert.ok(error.message.length > 10);
    assert.ok(!error.message.includes('undefined'), error.message);
    assert.ok(Number.isInteger(error.exitCode) && error.exitCode > 0);
    assert.equal(error.code, code);
    assert.ok(isSocklabError(error));
  });
}

test('isSocklabError rejects look-alikes', () => {
  assert.equal(isSocklabError(new Error('x')), false);
  assert.equal(isSocklabError({ code: 'SOCKLAB_CLI_USAGE' }), false);
  assert.equal(isSocklabError(null), false);
});
