// Tests the lazy libc bindings and the platform guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSupportedPlatform, lastErrno, libc, VERIFIED_ARCHES } from '../../src/sys/libc.js';

test('the guard accepts this Linux machine and lists only generic-socket.h arches', () => {
  assert.doesNotThrow(() => assertSupportedPlatform());
  for (const arch of ['mips', 'mipsel', 'mips64el', 'ppc64', 'ppc', 's390x', 'loong64']) assert.equal(VERIFIED_ARCHES.includes(arch), false);
});

test('bindings are loaded once and set errno on failure', () => {
  assert.equal(libc(), libc());
  assert.equal(libc().close(-1), -1);
  assert.equal(lastErrno(), 9); // EBADF
  assert.equal(libc().strerror(9), 'Bad file descriptor');
});
