// Tests the lazy libc bindings and the platform guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

test('koffi runs from the prebuilt binary of its platform package, never from its install script', () => {
  // package.json denies koffi's install script (allowScripts, honoured from npm 11.16); older npm runs it, and it
  // only checks that this prebuilt loads. Either way nothing may depend on the script having built anything.
  const require = createRequire(import.meta.url);
  const koffiDir = dirname(require.resolve('koffi'));
  assert.equal(existsSync(join(koffiDir, 'build')), false, 'koffi/build exists: something ran its install script');
  const prebuilt = join(koffiDir, '..', '@koromix', `koffi-${process.platform}-${process.arch}`);
  assert.equal(existsSync(prebuilt), true, `no prebuilt koffi package at ${prebuilt}`);
  assert.equal(libc().strerror(104), 'Connection reset by peer');
});
