// Tests the SysResult constructors and errno naming.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sysFail, sysOk } from '../../src/sys/sys-result.js';
import { errnoName } from '../../src/errors/system-call-error.js';

test('errno names follow Node (EAGAIN, not EWOULDBLOCK) with a fallback', () => {
  assert.equal(errnoName(11), 'EAGAIN');
  assert.equal(errnoName(104), 'ECONNRESET');
  assert.equal(errnoName(4095), 'E4095'); // libuv's UV_EOF, not an errno
  assert.equal(errnoName(35), 'EDEADLK');
  assert.deepEqual(sysFail(111), { ok: false, errno: 111, code: 'ECONNREFUSED' });
  assert.deepEqual(sysOk(3), { ok: true, value: 3 });
});
