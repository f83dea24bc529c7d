// Tests splice(2) between a socketpair and a pipe: bytes moved, EAGAIN as a negative errno, 0 at end of stream.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { libc } from '../../src/sys/libc.js';
import { AF_UNIX, SHUT, SOCK_CLOEXEC, SOCK_NONBLOCK, SOCK_STREAM, SPLICE_F } from '../../src/sys/linux-constants.js';
import { openPipe } from '../../src/sys/pipe.js';
import { splice } from '../../src/sys/splice.js';

const FLAGS = SPLICE_F.MOVE | SPLICE_F.NONBLOCK;

test('bytes go socket -> pipe -> socket; an empty socket says -EAGAIN; a FIN reads as 0', () => {
  const pair = new Int32Array(2);
  assert.equal(libc().socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, pair), 0);
  const [a, b] = [pair[0]!, pair[1]!];
  const pipe = openPipe();
  try {
    assert.equal(splice(b, pipe.writeFd, 4096, FLAGS), -11);
    libc().write(a, Buffer.from('hello'), 5);
    assert.equal(splice(b, pipe.writeFd, 4096, FLAGS), 5);
    assert.equal(splice(pipe.readFd, b, 5, FLAGS), 5); // back out through the other end of the pair
    const out = Buffer.alloc(16);
    assert.equal(libc().read(a, out, 16), 5);
    assert.equal(out.subarray(0, 5).toString(), 'hello');
    libc().shutdown(a, SHUT.write);
    assert.equal(splice(b, pipe.writeFd, 4096, FLAGS), 0);
  } finally {
    for (const fd of [a, b, pipe.readFd, pipe.writeFd]) libc().close(fd);
  }
});

test('a descriptor that is not open gives -EBADF', () => {
  const pipe = openPipe();
  try {
    assert.equal(splice(-1, pipe.writeFd, 1, FLAGS), -9);
  } finally {
    libc().close(pipe.readFd);
    libc().close(pipe.writeFd);
  }
});
