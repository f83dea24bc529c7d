// Proxy bodies as Toxiproxy 2.12 reads them: wrong types are 400s in its words, /populate's shapes, listen "".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, jsonRequest, readAll, serverForFile } from '../helpers/proxy-fixtures.js';

const shared = serverForFile();

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${shared.server.url}${path}`, body === undefined ? { method } : jsonRequest(method, body));
  const text = await res.text();
  return { status: res.status, json: text === '' ? undefined : JSON.parse(text) };
}
const goError = (message: string): { error: string; status: number } => ({ error: `bad request body: json: ${message}`, status: 400 });

test('create: a wrong JSON type is a 400 with Toxiproxy\'s message, and nothing is created', async () => {
  const cases: [unknown, string][] = [
    [{ name: 'e', upstream: shared.up.address, enabled: 'false' }, 'cannot unmarshal string into Go struct field Proxy.enabled of type bool'],
    [{ name: 7, upstream: shared.up.address }, 'cannot unmarshal number into Go struct field Proxy.name of type string'],
    [{ name: 'e', upstream: { host: 'x' } }, 'cannot unmarshal object into Go struct field Proxy.upstream of type string'],
    [[], 'cannot unmarshal array into Go value of type toxiproxy.Proxy'],
    ['proxy', 'cannot unmarshal string into Go value of type toxiproxy.Proxy'],
  ];
  for (const [body, message] of cases) assert.deepEqual(await call('POST', '/proxies', body), { status: 400, json: goError(message) }, message);
  assert.deepEqual((await call('GET', '/proxies')).json, {});
});

test('update: wrong types are 400s and change nothing; null and unknown fields are ignored', async () => {
  assert.equal((await call('POST', '/proxies', { name: 'u', listen: '127.0.0.1:0', upstream: shared.up.address })).status, 201);
  const before = (await call('GET', '/proxies/u')).json;
  const cases: [unknown, string][] = [
    [{ enabled: 'no' }, 'cannot unmarshal string into Go struct field Proxy.enabled of type bool'],
    [{ upstream: 7 }, 'cannot unmarshal number into Go struct field Proxy.upstream of type string'],
    [[], 'cannot unmarshal array into Go value of type toxiproxy.Proxy'],
  ];
  for (const [body, message] of cases) {
    assert.deepEqual(await call('PATCH', '/proxies/u', body), { status: 400, json: goError(message) }, message);
    assert.deepEqual((await call('GET', '/proxies/u')).json, before);
  }
  assert.deepEqual((await call('PATCH', '/proxies/u', { enabled: null, upstream: null, color: 'red' })).json, before);
  assert.equal(((await call('PATCH', '/proxies/u', { ENABLED: false })).json as { enabled: boolean }).enabled, false, 'keys match ignoring case');
  assert.equal((await call('DELETE', '/proxies/u')).status, 204);
});

test('names with control characters are refused, without echoing them', async () => {
  for (const name of ['a\nb', '\u001b[2Jx', 'c1\u009bx', 'del\u007f']) {
    const r = await call('POST', '/proxies', { name, listen: '127.0.0.1:0', upstream: shared.up.address });
    assert.equal(r.status, 400, JSON.stringify(name));
    assert.match((r.json as { error: string }).error, /^bad request body: proxy name contains a control character \(U\+00[0-9A-F]{2} at index \d\)$/);
  }
  const pop = await call('POST', '/populate', [{ name: 'ok', upstream: shared.up.address }, { name: 'x\ry', upstream: shared.up.address }]);
  assert.equal(pop.status, 400);
  assert.match((pop.json as { error: string }).error, /proxy name at proxy 2 contains a control character/);
  assert.deepEqual((await call('GET', '/proxies')).json, {}, 'populate checks every proxy before creating any');
});

test('/populate: [] and null answer {"proxies":null}; errors carry "proxies" too, as from Toxiproxy', async () => {
  assert.deepEqual(await call('POST', '/populate', []), { status: 201, json: { proxies: null } });
  assert.deepEqual(await call('POST', '/populate', null), { status: 201, json: { proxies: null } });
  assert.deepEqual(await call('POST', '/populate', [{ name: 'n' }]), { status: 400, json: { error: 'missing required field: upstream at proxy 1', status: 400, proxies: null } });
  assert.deepEqual(await call('POST', '/populate', {}), {
    status: 400,
    json: { ...goError('cannot unmarshal object into Go value of type []struct { toxiproxy.Proxy; Enabled *bool "json:\\"enabled\\"" }'), proxies: null },
  });
  assert.deepEqual((await call('POST', '/populate', [{ name: 'n', upstream: shared.up.address, enabled: 'yes' }])).json, {
    ...goError('cannot unmarshal string into Go struct field .enabled of type bool'), proxies: null,
  });
});

test('listen "" is a free loopback port; a disabled proxy with it no longer makes /reset fail', async () => {
  assert.equal((await call('POST', '/proxies', { name: 'off', listen: '', upstream: shared.up.address, enabled: false })).status, 201);
  assert.equal((await call('POST', '/proxies', { name: 'nolisten', upstream: shared.up.address })).status, 201);
  assert.deepEqual(await call('POST', '/reset'), { status: 204, json: undefined });
  for (const name of ['off', 'nolisten']) {
    const p = (await call('GET', `/proxies/${name}`)).json as { listen: string; enabled: boolean };
    assert.match(p.listen, /^127\.0\.0\.1:[1-9]\d*$/, name);
    assert.equal(p.enabled, true);
    const s = await dial(Number(p.listen.split(':')[1]));
    const reading = readAll(s);
    s.end('ping');
    assert.equal(String((await reading).data), 'ping');
  }
  await call('DELETE', '/proxies/off');
  await call('DELETE', '/proxies/nolisten');
});

test('a listen address that can never work is refused at once, even for a disabled proxy', async () => {
  const r = await call('POST', '/proxies', { name: 'bad', listen: 'nope', upstream: shared.up.address, enabled: false });
  assert.deepEqual(r, { status: 400, json: { error: 'bad request body: listen "nope" is not host:port', status: 400 } });
});

test('refused where Toxiproxy accepts and fails later: an upstream that is not host:port, text after the JSON', async () => {
  assert.deepEqual(await call('POST', '/proxies', { name: 'x', upstream: 'redis' }), { status: 400, json: { error: 'bad request body: upstream "redis" is not host:port', status: 400 } });
  assert.deepEqual(await call('POST', '/proxies', { name: 'x', upstream: 'evil\x1b[2J.example:80' }),
    { status: 400, json: { error: 'bad request body: upstream "evil\\u001b[2J.example:80" is not host:port', status: 400 } });
  const trailing = await fetch(`${shared.server.url}/proxies`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `{"name":"t","upstream":"${shared.up.address}"} {"name":"u"}` });
  assert.equal(trailing.status, 400);
  assert.deepEqual((await call('GET', '/proxies')).json, {});
});

test('/reset with a proxy that cannot listen resets every other proxy, then reports the failure', async () => {
  const occupied = await echoUpstream();
  try {
    assert.equal((await call('POST', '/populate', [
      { name: 'a', listen: occupied.address, upstream: shared.up.address, enabled: false },
      { name: 'b', listen: '127.0.0.1:0', upstream: shared.up.address },
    ])).status, 201);
    assert.equal((await call('POST', '/proxies/b/toxics', { type: 'noop' })).status, 200);
    const r = await call('POST', '/reset');
    assert.equal(r.status, 500);
    assert.match((r.json as { error: string }).error, /^listen tcp 127\.0\.0\.1:\d+: bind: address already in use$/);
    assert.deepEqual(((await call('GET', '/proxies/b')).json as { toxics: unknown[] }).toxics, [], 'b was reset although a (first by name) failed');
  } finally {
    await call('DELETE', '/proxies/a');
    await call('DELETE', '/proxies/b');
    await occupied.close();
  }
});
