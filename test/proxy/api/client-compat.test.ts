// Drives every call of the real toxiproxy-node-client (v4) against socklab's server, with data through the proxy.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Toxiproxy } from 'toxiproxy-node-client';
import type { RunningServer } from '../../../src/proxy/server.js';
import { dial, echoUpstream, payload, readAll, sha256, testServer, type Upstream } from '../../helpers/proxy-fixtures.js';

let server: RunningServer;
let up: Upstream;
let client: Toxiproxy;

before(async () => {
  up = await echoUpstream();
  server = await testServer();
  client = new Toxiproxy(server.url);
});
after(async () => {
  await server.close();
  await up.close();
});

async function roundTrip(listen: string, size = 64 * 1024): Promise<void> {
  const data = payload(size);
  const s = await dial(Number(listen.split(':').pop()));
  const reading = readAll(s);
  s.end(data);
  const r = await reading;
  assert.equal(r.error, undefined);
  assert.equal(sha256(r.data), sha256(data));
}

test('getVersion returns {"version": "X.Y.Z"} >= 2.6.0', async () => {
  const text = await client.getVersion();
  const v = (JSON.parse(text) as { version: string }).version.split('.').map(Number);
  assert.ok(v[0]! > 2 || (v[0] === 2 && v[1]! >= 6), text);
});

test('createProxy normalises listen (localhost -> 127.0.0.1, port 0 -> real) and forwards data', async () => {
  const proxy = await client.createProxy({ name: 'c1', listen: 'localhost:0', upstream: up.address });
  assert.match(proxy.listen, /^127\.0\.0\.1:\d+$/);
  assert.notEqual(proxy.listen, '127.0.0.1:0');
  assert.equal(proxy.enabled, true);
  await roundTrip(proxy.listen);
});

test('get, getAll', async () => {
  const one = await client.get('c1');
  assert.equal(one.upstream, up.address);
  const all = await client.getAll();
  assert.deepEqual(Object.keys(all), ['c1']);
});

test('addToxic, getToxic, toxic.update (partial), toxic.remove', async () => {
  const proxy = await client.get('c1');
  const toxic = await proxy.addToxic({ type: 'latency', attributes: { latency: 50, jitter: 0 } } as never);
  assert.equal(toxic.name, 'latency_downstream');
  assert.equal(toxic.stream, 'downstream');
  assert.equal(toxic.toxicity, 1);
  const got = await proxy.getToxic('latency_downstream');
  assert.deepEqual(got.attributes, { latency: 50, jitter: 0 });
  const started = performance.now();
  await roundTrip(proxy.listen, 1000);
  assert.ok(performance.now() - started >= 45, 'latency applied');
  const updated = await got.update({ attributes: { jitter: 5 } } as never);
  assert.deepEqual(updated.attributes, { latency: 50, jitter: 5 });
  assert.equal(updated.toxicity, 1);
  await updated.remove();
  await assert.rejects(proxy.getToxic('latency_downstream'), /404/);
});

test('proxy.update disables and re-enables; a disabled proxy refuses connections', async () => {
  const proxy = await client.get('c1');
  const disabled = await proxy.update({ enabled: false, listen: proxy.listen, upstream: proxy.upstream });
  assert.equal(disabled.enabled, false);
  await assert.rejects(dial(Number(proxy.listen.split(':').pop())), { code: 'ECONNREFUSED' });
  const enabled = await proxy.update({ enabled: true, listen: proxy.listen, upstream: proxy.upstream });
  assert.equal(enabled.enabled, true);
  await roundTrip(enabled.listen);
});

test('populate keeps identical proxies and creates new ones', async () => {
  const before = await client.get('c1');
  await before.addToxic({ type: 'noop', attributes: {} } as never);
  const result = await client.populate([
    { name: 'c1', listen: before.listen, upstream: up.address, enabled: true },
    { name: 'c2', listen: '127.0.0.1:0', upstream: up.address, enabled: true },
  ]);
  assert.deepEqual(Object.keys(result).sort(), ['c1', 'c2']);
  const c1 = await client.get('c1');
  assert.equal(c1.listen, before.listen);
  const toxics = (await (await fetch(`${server.url}/proxies/c1/toxics`)).json()) as unknown[];
  assert.equal(toxics.length, 1, 'identical proxy kept with its toxics');
  await roundTrip(result.c2!.listen);
});

test('reset removes toxics and re-enables proxies', async () => {
  const c2 = await client.get('c2');
  await c2.update({ enabled: false, listen: c2.listen, upstream: c2.upstream });
  await client.reset();
  const after = await client.getAll();
  assert.equal(after.c2!.enabled, true);
  const toxics = (await (await fetch(`${server.url}/proxies/c1/toxics`)).json()) as unknown[];
  assert.equal(toxics.length, 0);
  await roundTrip(after.c2!.listen);
});

test('proxy.remove deletes the proxy', async () => {
  const c2 = await client.get('c2');
  await c2.remove();
  await assert.rejects(client.get('c2'), /404/);
});
