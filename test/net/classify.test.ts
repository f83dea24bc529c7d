// classify on errors real clients raise on loopback, and on the shapes libraries document: the catalog's reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import { classify } from '../../src/net/index.js';
import { catalogAdvice } from '../../src/catalog/advice.js';
import { RawSocket } from '../../src/sys/raw-socket.js';

/** A loopback port where nothing listens. */
async function closedPort(host = '127.0.0.1'): Promise<number> {
  const server = net.createServer().listen(0, host);
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

function caught(start: (fail: (error: unknown) => void) => void): Promise<unknown> {
  return new Promise((resolve) => start(resolve));
}

test('connect ECONNREFUSED: the kernel, while connecting, safe to retry, with the catalog\'s remedy', async () => {
  const port = await closedPort();
  const error = await caught((fail) => net.connect(port, '127.0.0.1').on('error', fail));
  const c = classify(error);
  assert.deepEqual({ errno: c.errno, kind: c.kind, origin: c.origin, phase: c.phase, retry: c.retry, code: c.code, depth: c.cause.depth },
    { errno: 'ECONNREFUSED', kind: 'errno', origin: { source: 'kernel' }, phase: 'connect', retry: 'safe', code: 'ECONNREFUSED', depth: 0 });
  assert.equal(c.remedy, catalogAdvice('ECONNREFUSED', { phase: 'connect' }).remedy);
  assert.equal(c.reusedSocket, null);
});

test('fetch failed: the cause speaks, one level down', async () => {
  const port = await closedPort();
  const error = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
  const c = classify(error);
  assert.equal((error as Error).message, 'fetch failed');
  assert.deepEqual([c.errno, c.phase, c.retry, c.code, c.cause.depth], ['ECONNREFUSED', 'connect', 'safe', null, 1]);
  assert.match(c.cause.text, /^Error: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
});

async function closingServer(): Promise<{ port: number; close: () => void }> {
  // Reads the request and closes without answering: the server a client sees as "the peer closed".
  const server = net.createServer((s) => s.once('data', () => s.end())).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { port: (server.address() as net.AddressInfo).port, close: () => server.close() };
}

test("socket hang up is Node's own ECONNRESET: peer-closed, while reading; on a reused socket, the pool's stale connection", async () => {
  const { port, close } = await closingServer();
  const error = await caught((fail) => http.get({ host: '127.0.0.1', port, agent: false }).on('error', fail));
  const fresh = classify(error);
  assert.deepEqual([fresh.errno, fresh.kind, fresh.origin, fresh.phase, fresh.retry, fresh.code],
    [null, 'peer-closed', { source: 'library', by: 'node', code: 'ECONNRESET' }, 'read', 'idempotent-only', 'ECONNRESET']);
  const reused = classify(error, { reusedSocket: true });
  assert.deepEqual([reused.phase, reused.reusedSocket, reused.retry], ['idle', true, 'idempotent-only']);
  close();
});

test("undici's other side closed behind fetch failed: peer-closed, reported by the library", async () => {
  const { port, close } = await closingServer();
  const error = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
  const c = classify(error);
  assert.deepEqual([c.errno, c.kind, c.origin?.source, c.phase, c.retry, c.cause.text], [null, 'peer-closed', 'library', 'read', 'idempotent-only', 'SocketError: other side closed']);
  close();
});

test("happy eyeballs: AggregateError [ETIMEDOUT] is Node's attempt timer; the last address's kernel errno decides", async () => {
  // 127.0.0.2 stays silent: its listener never accepts and its queue (backlog 0: one connection) is full, so the
  // kernel drops new SYNs. ::1 has no listener at that port.
  const silent = RawSocket.tcp(4);
  assert.ok(silent.bind('127.0.0.2', 0).ok && silent.listen(0).ok);
  const local = silent.localAddress();
  assert.ok(local.ok);
  const port = local.value.port;
  const queued = net.connect(port, '127.0.0.2');
  await once(queued, 'connect');
  const lookup = ((_host: string, _options: unknown, callback: (e: null, a: { address: string; family: number }[]) => void) =>
    callback(null, [{ address: '127.0.0.2', family: 4 }, { address: '::1', family: 6 }])) as unknown as net.LookupFunction;
  const error = await caught((fail) => net.connect({ host: 'dual.socklab.test', port, lookup, autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 100 }).on('error', fail));
  assert.equal((error as Error).name, 'AggregateError');
  const c = classify(error);
  assert.deepEqual([c.code, c.errno, c.kind, c.phase, c.retry, c.cause.depth], ['ETIMEDOUT', 'ECONNREFUSED', 'errno', 'connect', 'safe', 1]);
  assert.match(c.cause.text, /connect ECONNREFUSED ::1:\d+/);
  queued.destroy();
  silent.close();
});

test('what libraries document: their own timers, resolver codes, and a user\'s abort', () => {
  const shaped = (name: string, message: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(message), { name, ...extra });
  const cases: [Error, Partial<ReturnType<typeof classify>>][] = [
    // got: TimeoutError, code ETIMEDOUT, message naming the phase (its docs: timeout.connect, timeout.request...).
    [shaped('TimeoutError', "Timeout awaiting 'connect' for 100ms", { code: 'ETIMEDOUT' }), { kind: 'timer', errno: null, phase: 'connect', retry: 'safe' }],
    [shaped('TimeoutError', "Timeout awaiting 'request' for 100ms", { code: 'ETIMEDOUT' }), { kind: 'timer', errno: null, phase: 'read', retry: 'idempotent-only' }],
    // axios: AxiosError `timeout of Nms exceeded`, code ECONNABORTED (its own, not the kernel's).
    [shaped('AxiosError', 'timeout of 100ms exceeded', { code: 'ECONNABORTED' }), { kind: 'timer', errno: null, phase: 'read', retry: 'idempotent-only' }],
    // undici: HeadersTimeoutError (UND_ERR_HEADERS_TIMEOUT) behind fetch failed.
    [Object.assign(new TypeError('fetch failed'), { cause: shaped('HeadersTimeoutError', 'Headers Timeout Error', { code: 'UND_ERR_HEADERS_TIMEOUT' }) }), { kind: 'timer', phase: 'read', retry: 'idempotent-only' }],
    // Node's resolver: ENOTFOUND needs a fix, EAI_AGAIN is transient.
    [shaped('Error', 'getaddrinfo ENOTFOUND db.invalid', { code: 'ENOTFOUND', syscall: 'getaddrinfo' }), { kind: 'resolution', errno: null, phase: 'connect', retry: 'unsafe' }],
    [shaped('Error', 'getaddrinfo EAI_AGAIN db.invalid', { code: 'EAI_AGAIN', syscall: 'getaddrinfo' }), { kind: 'resolution', errno: null, phase: 'connect', retry: 'safe' }],
    // A code and a syscall without the usual message still place the failure.
    [shaped('Error', 'boom', { code: 'EPIPE', syscall: 'write' }), { errno: 'EPIPE', phase: 'write', retry: 'idempotent-only' }],
    [shaped('AbortError', 'This operation was aborted'), { kind: null, errno: null, origin: null, retry: 'unsafe' }],
    [shaped('Error', 'connect EMFILE 127.0.0.1:80', { code: 'EMFILE', syscall: 'connect' }), { kind: 'resource-limit', errno: 'EMFILE', retry: 'unsafe' }],
  ];
  for (const [error, expected] of cases) {
    const c = classify(error);
    assert.deepEqual(Object.fromEntries(Object.keys(expected).map((k) => [k, c[k as keyof typeof c]])), expected, `${error.name}: ${error.message}`);
  }
});

test('any thrown value: strings are read as text, loops and depth are bounded', () => {
  assert.deepEqual([classify('read ECONNRESET').errno, classify('read ECONNRESET').phase], ['ECONNRESET', 'read']);
  assert.equal(classify(undefined).retry, 'unsafe');
  assert.equal(classify(42).kind, null);
  const a: Error & { cause?: unknown } = new Error('outer');
  const b: Error & { cause?: unknown } = Object.assign(new Error('read ECONNRESET'), { cause: a });
  a.cause = b;
  assert.equal(classify(a).errno, 'ECONNRESET');
  let deep: unknown = new Error('write EPIPE');
  for (let i = 0; i < 50; i++) deep = new Error('wrapper', { cause: deep });
  assert.equal(classify(deep).errno, null, 'past the depth limit nothing is read');
});
