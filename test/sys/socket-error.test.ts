// Tests socketError (SO_ERROR) after a refused non-blocking connect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { socketError } from '../../src/sys/socket-error.js';
import { RawSocket } from '../../src/sys/raw-socket.js';

test('ECONNREFUSED after a non-blocking connect to a closed port, then cleared', async () => {
  const probe = RawSocket.tcp();
  probe.bind('127.0.0.1', 0);
  const local = probe.localAddress();
  assert.ok(local.ok);
  probe.close(); // the port is now closed: connecting gets RST
  const s = RawSocket.tcp();
  const started = s.connect('127.0.0.1', local.value.port);
  assert.ok(started.ok || started.code === 'EINPROGRESS' || started.code === 'ECONNREFUSED');
  assert.equal(await s.writable(2000), true);
  assert.deepEqual(socketError(s.fd), { errno: 111, code: 'ECONNREFUSED' });
  assert.deepEqual(socketError(s.fd), { errno: 0, code: null });
  s.close();
});
