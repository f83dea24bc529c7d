// Tests the SysResult constructors and errno naming.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sysErrnoName, sysFail, sysOk } from '../../src/sys/sys-result.js';

test('errno names follow Node (EAGAIN, not EWOULDBLOCK) with a fallback', () => {
  assert.equal(sysErrnoName(11), 'EAGAIN');
  assert.equal(sysErrnoName(104), 'ECONNRESET');
  assert.equal(sysErrnoName(4095), 'E4095'); // libuv's UV_EOF, not an errno
  assert.equal(sysErrnoName(35), 'EDEADLK');
  assert.deepEqual(sysFail(111), { ok: false, errno: 111, code: 'ECONNREFUSED' });
  assert.deepEqual(sysOk(3), { ok: true, value: 3 });
});
