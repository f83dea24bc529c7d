// shouldRetry: classify's verdict applied to the method (RFC 9110's idempotent methods) and an override.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IDEMPOTENT_METHODS, retryAllowed, shouldRetry } from '../../src/net/index.js';

const error = (message: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(message), extra);

test('safe for any method, idempotent-only for idempotent ones, unsafe never', () => {
  const refused = error('connect ECONNREFUSED 127.0.0.1:80', { code: 'ECONNREFUSED', syscall: 'connect' });
  const hangUp = error('socket hang up', { code: 'ECONNRESET' });
  const aborted = Object.assign(error('This operation was aborted'), { name: 'AbortError' });
  assert.equal(shouldRetry(refused, { method: 'POST' }), true);
  assert.equal(shouldRetry(hangUp, { method: 'get' }), true);
  assert.equal(shouldRetry(hangUp, { method: 'POST' }), false);
  assert.equal(shouldRetry(hangUp, { method: 'POST', idempotent: true }), true, 'an idempotency key');
  assert.equal(shouldRetry(hangUp, { method: 'GET', idempotent: false }), false);
  assert.equal(shouldRetry(hangUp, { method: 'PATCH', reusedSocket: true }), false);
  assert.equal(shouldRetry(aborted, { method: 'GET' }), false);
  assert.deepEqual([...IDEMPOTENT_METHODS].sort(), ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PUT', 'TRACE']);
});

test('retryAllowed applies a verdict to a method without classifying again', () => {
  assert.deepEqual(['safe', 'idempotent-only', 'unsafe'].map((v) => retryAllowed(v as 'safe', { method: 'POST' })), [true, false, false]);
  assert.deepEqual(['safe', 'idempotent-only', 'unsafe'].map((v) => retryAllowed(v as 'safe', { method: 'put' })), [true, true, false]);
});
