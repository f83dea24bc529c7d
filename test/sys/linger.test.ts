// Tests SO_LINGER round trips through struct linger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLinger, setLinger } from '../../src/sys/linger.js';
import { RawSocket } from '../../src/sys/raw-socket.js';

test('linger {on, 0}, {on, 5} and off read back as set', () => {
  const s = RawSocket.tcp();
  assert.deepEqual(getLinger(s.fd), { onoff: false, seconds: 0 });
  setLinger(s.fd, { onoff: true, seconds: 0 });
  assert.deepEqual(getLinger(s.fd), { onoff: true, seconds: 0 });
  setLinger(s.fd, { onoff: true, seconds: 5 });
  assert.deepEqual(getLinger(s.fd), { onoff: true, seconds: 5 });
  setLinger(s.fd, { onoff: false, seconds: 0 });
  // Linux only clears the flag when onoff is 0; the old linger time stays.
  assert.deepEqual(getLinger(s.fd), { onoff: false, seconds: 5 });
  s.close();
});
