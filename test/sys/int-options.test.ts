// Tests the int-valued option helpers: each value set is read back from the kernel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  getNoDelay, getRecvBufferSize, getRecvErr, getSendBufferSize, getUserTimeout,
  setNoDelay, setRecvBufferSize, setRecvErr, setSendBufferSize, setUserTimeout,
} from '../../src/sys/int-options.js';
import { RawSocket } from '../../src/sys/raw-socket.js';

test('TCP_USER_TIMEOUT, TCP_NODELAY, SO_RCVBUF and SO_SNDBUF round-trip', () => {
  const s = RawSocket.tcp();
  setUserTimeout(s.fd, 1500);
  assert.equal(getUserTimeout(s.fd), 1500);
  setNoDelay(s.fd, true);
  assert.equal(getNoDelay(s.fd), true);
  setRecvBufferSize(s.fd, 8192);
  assert.equal(getRecvBufferSize(s.fd), 16384); // the kernel doubles it
  setSendBufferSize(s.fd, 8192);
  assert.equal(getSendBufferSize(s.fd), 16384);
  s.close();
});

test('IP_RECVERR on IPv4 and IPV6_RECVERR on IPv6 sockets', () => {
  for (const family of [4, 6] as const) {
    const s = RawSocket.tcp(family);
    assert.equal(getRecvErr(s.fd), false);
    setRecvErr(s.fd, true);
    assert.equal(getRecvErr(s.fd), true);
    s.close();
  }
});
