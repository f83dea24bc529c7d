// Tests SO_RCVTIMEO/SO_SNDTIMEO round trips through struct timeval.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getRecvTimeout, getSendTimeout, setRecvTimeout, setSendTimeout } from '../../src/sys/socket-timeouts.js';
import { RawSocket } from '../../src/sys/raw-socket.js';

test('receive and send timeouts read back in milliseconds, 0 means none', () => {
  const s = RawSocket.tcp();
  assert.equal(getRecvTimeout(s.fd), 0);
  setRecvTimeout(s.fd, 2500);
  assert.equal(getRecvTimeout(s.fd), 2500);
  setSendTimeout(s.fd, 1000);
  assert.equal(getSendTimeout(s.fd), 1000);
  setRecvTimeout(s.fd, 0);
  assert.equal(getRecvTimeout(s.fd), 0);
  s.close();
});
