// host:port as people and URLs read it, IPv6 in brackets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bracketed, hostPort, portOf } from '../../src/shared/host-port.js';

test('hostPort brackets IPv6 only; bracketed alone for an address without a port', () => {
  assert.equal(hostPort('127.0.0.1', 5432), '127.0.0.1:5432');
  assert.equal(hostPort('::1', 5432), '[::1]:5432');
  assert.equal(hostPort('fe80::1%eth0', '8080'), '[fe80::1%eth0]:8080');
  assert.equal(hostPort('db.internal', 5432), 'db.internal:5432');
  assert.equal(bracketed('2001:db8::2'), '[2001:db8::2]');
  assert.equal(bracketed('192.0.2.1'), '192.0.2.1');
  assert.equal(new URL(`http://${hostPort('::1', 8474)}`).port, '8474', 'a URL takes it as it is');
});

test('portOf reads the port back, IPv6 or not', () => {
  assert.equal(portOf('127.0.0.1:5432'), 5432);
  assert.equal(portOf('[::1]:8474'), 8474);
});
