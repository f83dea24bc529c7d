// Raw HTTP status codes and bodies of every route, compared with what Toxiproxy 2.12 sends.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serverForFile } from '../../helpers/proxy-fixtures.js';

const shared = serverForFile();

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; text: string; json: unknown }> {
  const init: RequestInit = { method, headers: { 'Content-Type': 'application/json' } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(`${shared.server.url}${path}`, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

test('GET /version', async () => {
  const r = await call('GET', '/version');
  assert.equal(r.status, 200);
  assert.match(r.text, /^\{"version": "\d+\.\d+\.\d+"\}\n$/);
});

test('POST /proxies: 201, field order, listen normalised; errors 400/409', async () => {
  const r = await call('POST', '/proxies', { name: 'a', listen: 'localhost:0', upstream: shared.up.address });
  assert.equal(r.status, 201);
  assert.deepEqual(Object.keys(r.json as object), ['name', 'listen', 'upstream', 'enabled', 'toxics']);
  assert.match((r.json as { listen: string }).listen, /^127\.0\.0\.1:[1-9]\d*$/);
  assert.deepEqual(await call('POST', '/proxies', { name: 'a', listen: '127.0.0.1:0', upstream: shared.up.address }).then((x) => [x.status, x.json]), [409, { error: 'proxy already exists', status: 409 }]);
  assert.deepEqual((await call('POST', '/proxies', { listen: '127.0.0.1:0', upstream: shared.up.address })).json, { error: 'missing required field: name', status: 400 });
  assert.deepEqual((await call('POST', '/proxies', { name: 'b', listen: '127.0.0.1:0' })).json, { error: 'missing required field: upstream', status: 400 });
  const bad = await call('POST', '/proxies', '{nope');
  assert.equal(bad.status, 400);
  assert.match((bad.json as { error: string }).error, /^bad request body: /);
});

test('a disabled proxy keeps the listen it was sent', async () => {
  const r = await call('POST', '/proxies', { name: 'off', listen: 'localhost:0', upstream: shared.up.address, enabled: false });
  assert.equal(r.status, 201);
  assert.equal((r.json as { listen: string }).listen, 'localhost:0');
  assert.equal((r.json as { enabled: boolean }).enabled, false);
});

test('error bodies are JSON, served as application/json (Toxiproxy serves the same text as text/plain)', async () => {
  const res = await fetch(`${shared.server.url}/proxies/zz`);
  assert.equal(res.headers.get('content-type'), 'application/json');
  assert.equal(await res.text(), '{"error":"proxy not found","status":404}\n');
});

test('GET /proxies, /proxies/{p}; 404 body', async () => {
  const all = await call('GET', '/proxies');
  assert.equal(all.status, 200);
  assert.deepEqual(Object.keys(all.json as object), ['a', 'off']);
  assert.equal((await call('GET', '/proxies/a')).status, 200);
  assert.deepEqual((await call('GET', '/proxies/zz')).json, { error: 'proxy not found', status: 404 });
});

test('toxics: create 200 with default name <type>_<stream>, field order, unique names across streams', async () => {
  const r = await call('POST', '/proxies/a/toxics', { type: 'latency', stream: 'upstream', attributes: { latency: 10 } });
  assert.equal(r.status, 200);
  assert.deepEqual(Object.keys(r.json as object), ['attributes', 'name', 'type', 'stream', 'toxicity']);
  assert.deepEqual(r.json, { attributes: { latency: 10, jitter: 0 }, name: 'latency_upstream', type: 'latency', stream: 'upstream', toxicity: 1 });
  const dup = await call('POST', '/proxies/a/toxics', { name: 'latency_upstream', type: 'latency', stream: 'downstream' });
  assert.deepEqual([dup.status, dup.json], [409, { error: 'toxic already exists', status: 409 }]);
  assert.deepEqual((await call('POST', '/proxies/a/toxics', { type: 'nope' })).json, { error: 'invalid toxic type', status: 400 });
  assert.deepEqual((await call('POST', '/proxies/a/toxics', { type: 'latency', stream: 'sideways' })).json, { error: 'stream was invalid, can be either upstream or downstream', status: 400 });
  assert.equal((await call('POST', '/proxies/zz/toxics', { type: 'latency' })).status, 404);
});

test('toxics: GET list and one, PATCH and POST partial update, DELETE 204, 404s', async () => {
  assert.equal(((await call('GET', '/proxies/a/toxics')).json as unknown[]).length, 1);
  const patched = await call('PATCH', '/proxies/a/toxics/latency_upstream', { attributes: { jitter: 3 } });
  assert.deepEqual([patched.status, (patched.json as { attributes: unknown }).attributes], [200, { latency: 10, jitter: 3 }]);
  const posted = await call('POST', '/proxies/a/toxics/latency_upstream', { toxicity: 0.5 });
  assert.deepEqual([(posted.json as { toxicity: number }).toxicity, (posted.json as { attributes: unknown }).attributes], [0.5, { latency: 10, jitter: 3 }]);
  assert.equal((await call('GET', '/proxies/a/toxics/latency_upstream')).status, 200);
  assert.deepEqual((await call('GET', '/proxies/a/toxics/nope')).json, { error: 'toxic not found', status: 404 });
  const del = await call('DELETE', '/proxies/a/toxics/latency_upstream');
  assert.deepEqual([del.status, del.text], [204, '']);
  assert.equal((await call('DELETE', '/proxies/a/toxics/latency_upstream')).status, 404);
});

test('proxy update via PATCH changes upstream, keeps the rest', async () => {
  const r = await call('PATCH', '/proxies/a', { upstream: `127.0.0.1:${shared.up.port}` });
  assert.equal(r.status, 200);
  assert.equal((r.json as { enabled: boolean }).enabled, true);
});

test('POST /populate: 201 {proxies:[...]}, 400 on missing fields', async () => {
  const r = await call('POST', '/populate', [{ name: 'p1', listen: '127.0.0.1:0', upstream: shared.up.address }]);
  assert.equal(r.status, 201);
  assert.equal((r.json as { proxies: { name: string }[] }).proxies[0]!.name, 'p1');
  const listen = (r.json as { proxies: { listen: string }[] }).proxies[0]!.listen;
  await call('POST', '/proxies/p1/toxics', { type: 'noop' });
  const same = await call('POST', '/populate', [{ name: 'p1', listen, upstream: shared.up.address }]);
  assert.equal((same.json as { proxies: { toxics: unknown[] }[] }).proxies[0]!.toxics.length, 1, 'identical proxy kept, toxics too');
  const changed = await call('POST', '/populate', [{ name: 'p1', listen: '127.0.0.1:0', upstream: `localhost:${shared.up.port}` }]);
  const replaced = (changed.json as { proxies: { upstream: string; toxics: unknown[] }[] }).proxies[0]!;
  assert.deepEqual([replaced.upstream, replaced.toxics.length], [`localhost:${shared.up.port}`, 0], 'changed proxy replaced');
  const bad = await call('POST', '/populate', [{ name: 'p2', listen: '127.0.0.1:0' }]);
  assert.deepEqual([bad.status, (bad.json as { error: string }).error], [400, 'missing required field: upstream at proxy 1']);
});

test('POST /reset 204; DELETE /proxies/{p} 204', async () => {
  const r = await call('POST', '/reset');
  assert.deepEqual([r.status, r.text], [204, '']);
  assert.equal((await call('GET', '/proxies/off')).json && ((await call('GET', '/proxies/off')).json as { enabled: boolean }).enabled, true);
  assert.equal((await call('DELETE', '/proxies/p1')).status, 204);
  assert.equal((await call('DELETE', '/proxies/p1')).status, 404);
});

test('unknown route: 404 page not found', async () => {
  const r = await call('GET', '/nope');
  assert.deepEqual([r.status, r.text], [404, '404 page not found\n']);
});

test('a known path with a wrong method: 405 with an empty body, as from Toxiproxy', async () => {
  for (const [method, path] of [['DELETE', '/proxies'], ['GET', '/reset'], ['PUT', '/proxies/a'], ['POST', '/version'], ['HEAD', '/proxies']] as const) {
    const r = await call(method, path);
    assert.deepEqual([r.status, r.text], [405, ''], `${method} ${path}`);
  }
});

test('a trailing slash is another path: 404, as from Toxiproxy', async () => {
  for (const path of ['/proxies/', '/proxies/a/', '/proxies/a/toxics/', '/version/']) {
    assert.deepEqual([(await call('GET', path)).status, (await call('GET', path)).text], [404, '404 page not found\n'], path);
  }
});

test('a proxy with a long or odd name can be read and deleted', async () => {
  for (const name of ['n'.repeat(300), 'a/b', 'sp ace?#%']) {
    assert.equal((await call('POST', '/proxies', { name, listen: '127.0.0.1:0', upstream: shared.up.address, enabled: false })).status, 201);
    const path = `/proxies/${encodeURIComponent(name)}`;
    assert.equal((await call('GET', path)).status, 200, name);
    assert.equal((await call('POST', `${path}/toxics`, { type: 'noop' })).status, 200, name);
    assert.equal((await call('DELETE', `${path}/toxics/noop_downstream`)).status, 204, name);
    assert.equal((await call('DELETE', path)).status, 204, name);
  }
});
