// Tests sockaddr_in/sockaddr_in6 encoding and decoding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSockaddr, encodeSockaddr, socketFamily } from '../../src/sys/sockaddr.js';
import { RawSocket } from '../../src/sys/raw-socket.js';

test('IPv4 and IPv6 addresses round-trip with the port in network order', () => {
  const v4 = encodeSockaddr(4, '127.0.0.2', 8080);
  assert.ok(v4);
  assert.equal(v4.length, 16);
  assert.deepEqual([...v4.subarray(2, 8)], [0x1f, 0x90, 127, 0, 0, 2]);
  assert.deepEqual(decodeSockaddr(v4), { address: '127.0.0.2', port: 8080, family: 4 });
  const v6 = encodeSockaddr(6, '::1', 443);
  assert.ok(v6);
  assert.equal(v6.length, 28);
  assert.deepEqual(decodeSockaddr(v6), { address: '::1', port: 443, family: 6 });
});

test('unparsable addresses and unknown families give undefined', () => {
  assert.equal(encodeSockaddr(4, '::1', 1), undefined);
  assert.equal(encodeSockaddr(6, '300.1.1.1', 1), undefined);
  assert.equal(decodeSockaddr(Buffer.from([1, 0, 0, 0])), undefined);
});

test('socketFamily reads the family of real sockets', () => {
  const a = RawSocket.tcp(4);
  const b = RawSocket.tcp(6);
  assert.equal(socketFamily(a.fd), 4);
  assert.equal(socketFamily(b.fd), 6);
  a.close(); b.close();
});
