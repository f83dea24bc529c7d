// Error chains as the application can read them: causes in order, Node's fields, AggregateError's errors, loops cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorChain, firstCode } from '../../src/clients/error-chain.js';

test('the chain follows cause, keeps code, errno, syscall, address and port, and lists AggregateError errors', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect', address: '127.0.0.1', port: 9 });
  const top = new TypeError('fetch failed', { cause: new AggregateError([refused], 'all failed') });
  const chain = errorChain(top);
  assert.deepEqual(chain.map((l) => l.name), ['TypeError', 'AggregateError']);
  assert.deepEqual(chain[1]!.errors, [[{ name: 'Error', message: 'connect ECONNREFUSED 127.0.0.1:9', code: 'ECONNREFUSED', syscall: 'connect', address: '127.0.0.1', errno: -111, port: 9 }]]);
  assert.equal(firstCode(chain), undefined);
  assert.deepEqual(firstCode(errorChain(new Error('x', { cause: refused }))), { code: 'ECONNREFUSED', codeDepth: 1 });
});

test('a cause loop stops, and thrown values that are not errors are described', () => {
  const a = new Error('a');
  const b = new Error('b', { cause: a });
  (a as { cause?: unknown }).cause = b;
  assert.deepEqual(errorChain(b).map((l) => l.message), ['b', 'a']);
  assert.deepEqual(errorChain('boom'), [{ name: 'string', message: 'boom' }]);
});
