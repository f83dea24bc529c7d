// Error chains in words: one error per line with its code and fields, the causes on one line, each error's role.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorChain } from '../../../src/net/error-chain.js';
import { causesText, chainedErrorText, chainRole } from '../../../src/net/render/chain-text.js';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect', address: '127.0.0.1', port: 9 });
const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND db.invalid'), { code: 'ENOTFOUND', errno: -3008, syscall: 'getaddrinfo', hostname: 'db.invalid' });

test('one error: Name [CODE]: message, with errno, syscall and hostname when asked', () => {
  const [link] = errorChain(refused);
  assert.equal(chainedErrorText(link!), 'Error [ECONNREFUSED]: connect ECONNREFUSED 127.0.0.1:9');
  assert.equal(chainedErrorText(link!, true), 'Error [ECONNREFUSED]: connect ECONNREFUSED 127.0.0.1:9 (errno -111, syscall connect)');
  assert.equal(chainedErrorText(errorChain(notFound)[0]!, true), 'Error [ENOTFOUND]: getaddrinfo ENOTFOUND db.invalid (errno -3008, syscall getaddrinfo, hostname db.invalid)');
  // Node prints an AggregateError without a message as `AggregateError [ETIMEDOUT]`: so do we.
  assert.equal(chainedErrorText(errorChain(Object.assign(new AggregateError([]), { code: 'ETIMEDOUT' }))[0]!), 'AggregateError [ETIMEDOUT]');
});

test("roles: the error, a cause, an AggregateError's attempt; the causes line leaves attempts and what is behind them out", () => {
  const aggregate = new AggregateError([new Error('first', { cause: new Error('behind first') }), refused], '', { cause: new Error('after') });
  const chain = errorChain(new TypeError('fetch failed', { cause: aggregate }));
  assert.deepEqual(chain.map(chainRole), ['', 'cause: ', 'attempt 1 of 2: ', 'cause: ', 'attempt 2 of 2: ', 'cause: ']);
  assert.equal(causesText(chain), 'TypeError: fetch failed ← AggregateError ← Error: after');
});
