// errorChain on errors Node raises on loopback, and on the shapes a chain can take: causes, attempts, loops, non-errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import net from 'node:net';
import { errorChain, MAX_CHAIN_DEPTH } from '../../src/net/index.js';

/** A loopback port where nothing listens, on IPv4 and IPv6. */
async function closedPort(): Promise<number> {
  const server = net.createServer().listen(0, '::');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

test("fetch failed: the TypeError, then its cause with Node's fields", async () => {
  const port = await closedPort();
  const error = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
  assert.deepEqual(errorChain(error), [
    { name: 'TypeError', message: 'fetch failed', code: null, errno: null, syscall: null, address: null, port: null, hostname: null, depth: 0, attempt: null },
    { name: 'Error', message: `connect ECONNREFUSED 127.0.0.1:${port}`, code: 'ECONNREFUSED', errno: -111, syscall: 'connect', address: '127.0.0.1', port, hostname: null, depth: 1, attempt: null },
  ]);
});

test("happy eyeballs: the AggregateError, then one error per address tried, in order, with its position", async () => {
  const port = await closedPort();
  const lookup = ((_host: string, _options: unknown, callback: (e: null, a: { address: string; family: number }[]) => void) =>
    callback(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }])) as unknown as net.LookupFunction;
  const error = await new Promise((resolve) => net.connect({ host: 'dual.socklab.test', port, lookup, autoSelectFamily: true }).on('error', resolve));
  const chain = errorChain(error);
  assert.deepEqual(chain.map((l) => [l.name, l.code, l.depth, l.attempt, l.address]), [
    ['AggregateError', 'ECONNREFUSED', 0, null, null],
    ['Error', 'ECONNREFUSED', 1, { index: 0, of: 2 }, '::1'],
    ['Error', 'ECONNREFUSED', 1, { index: 1, of: 2 }, '127.0.0.1'],
  ]);
});

test("depth first: an attempt's own cause comes before the aggregate's cause", () => {
  const inner = new Error('inner');
  const aggregate = new AggregateError([new Error('first', { cause: inner }), new Error('second')], 'all failed', { cause: new Error('after') });
  assert.deepEqual(errorChain(aggregate).map((l) => [l.message, l.depth, l.attempt?.index ?? null]), [
    ['all failed', 0, null], ['first', 1, 0], ['inner', 2, null], ['second', 1, 1], ['after', 1, null],
  ]);
});

test('loops stop, depth is bounded, and whatever was thrown is described', () => {
  const a: Error & { cause?: unknown } = new Error('a');
  a.cause = new Error('b', { cause: a });
  assert.deepEqual(errorChain(a).map((l) => l.message), ['a', 'b']);
  let deep: unknown = new Error('bottom');
  for (let i = 0; i < 20; i++) deep = new Error(`wrapper ${i}`, { cause: deep });
  assert.equal(errorChain(deep).length, MAX_CHAIN_DEPTH + 1);
  assert.deepEqual(errorChain('read ECONNRESET').map((l) => [l.name, l.message, l.depth]), [['string', 'read ECONNRESET', 0]]);
  assert.deepEqual(errorChain(undefined).map((l) => [l.name, l.message]), [['undefined', 'undefined']]);
  assert.deepEqual(errorChain(new Error('x', { cause: 'a string cause' })).map((l) => l.message), ['x', 'a string cause']);
  assert.deepEqual(errorChain(new Error('x', { cause: null })).map((l) => l.message), ['x']);
  // Fields of the wrong type are left out, not coerced.
  const odd = Object.assign(new Error('odd'), { code: 42, errno: '-111', syscall: null });
  assert.deepEqual([errorChain(odd)[0]!.code, errorChain(odd)[0]!.errno, errorChain(odd)[0]!.syscall], [null, null, null]);
});
