// The ports fetch() refuses: the list socklab warns about is the one Node's fetch applies, and the refusal is recognised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { once } from 'node:events';
import { blockedPortWarning, FETCH_BLOCKED_PORTS, isBlockedPortFailure } from '../../src/shared/fetch-blocked-ports.js';

test('fetch() refuses every listed port before connecting, and isBlockedPortFailure recognises it', async () => {
  assert.equal(FETCH_BLOCKED_PORTS.size, 82);
  for (const port of FETCH_BLOCKED_PORTS) {
    const failure = await fetch(`http://127.0.0.1:${port}/`).then(() => undefined, (e: unknown) => e);
    assert.ok(isBlockedPortFailure(failure), `port ${port}: ${String((failure as Error | undefined)?.message)}`);
  }
});

test('a refused connection on a free port is not a blocked-port failure', async () => {
  const spare = createServer().listen(0, '127.0.0.1');
  await once(spare, 'listening');
  const { port } = spare.address() as AddressInfo;
  await new Promise((resolve) => spare.close(resolve));
  const failure = await fetch(`http://127.0.0.1:${port}/`).then(() => undefined, (e: unknown) => e);
  assert.equal((failure as { cause?: { code?: string } }).cause?.code, 'ECONNREFUSED');
  assert.equal(isBlockedPortFailure(failure), false);
});

test('blockedPortWarning speaks only for a blocked port, naming it and the URL', () => {
  assert.equal(blockedPortWarning('http://127.0.0.1:8474', 8474), undefined);
  assert.equal(
    blockedPortWarning('http://127.0.0.1:6666', 6666),
    'port 6666 is one fetch() and browsers refuse to connect to ("bad port"), so they cannot reach http://127.0.0.1:6666 (curl can): pick another port.',
  );
});
