// Tests dupFd: the copy reaches the same socket and outlives the original number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dupFd } from '../../src/sys/dup-fd.js';
import { libc } from '../../src/sys/libc.js';
import { AF_UNIX, SOCK_CLOEXEC, SOCK_STREAM } from '../../src/sys/linux-constants.js';

test('a duplicate writes to the same socket after the original is closed', () => {
  const pair = new Int32Array(2);
  assert.equal(libc().socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
  const copy = dupFd(pair[0]!);
  assert.notEqual(copy, pair[0]);
  libc().close(pair[0]!);
  try {
    assert.equal(libc().write(copy, Buffer.from('x'), 1), 1);
    const out = Buffer.alloc(1);
    assert.equal(libc().read(pair[1]!, out, 1), 1);
    assert.equal(out.toString(), 'x');
  } finally {
    libc().close(copy);
    libc().close(pair[1]!);
  }
});

test('duplicating a closed number is an EBADF SystemCallError', () => {
  assert.throws(() => dupFd(-1), { name: 'SystemCallError', code: 'EBADF' });
});
