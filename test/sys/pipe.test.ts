// Tests openPipe and the pipe capacity calls.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { libc } from '../../src/sys/libc.js';
import { openPipe, pipeCapacity, resizePipe } from '../../src/sys/pipe.js';

test('a pipe is non-blocking, starts at the default capacity and can grow', () => {
  const pipe = openPipe();
  try {
    assert.equal(libc().read(pipe.readFd, Buffer.alloc(1), 1), -1); // EAGAIN instead of blocking
    assert.equal(pipeCapacity(pipe.writeFd), 64 * 1024);
    assert.equal(resizePipe(pipe.writeFd, 256 * 1024), 256 * 1024);
    assert.equal(pipeCapacity(pipe.readFd), 256 * 1024);
  } finally {
    libc().close(pipe.readFd);
    libc().close(pipe.writeFd);
  }
});

test('the capacity of a closed descriptor is an EBADF SystemCallError', () => {
  assert.throws(() => pipeCapacity(-1), { name: 'SystemCallError', code: 'EBADF', syscall: 'fcntl' });
});
