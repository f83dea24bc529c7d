// The API's door: browsers refused, Host checked (DNS rebinding), JSON bodies only, optional bearer token.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startServer } from '../../../src/proxy/server.js';
import { rawHttp } from '../../helpers/http-raw.js';
import { serverForFile } from '../../helpers/proxy-fixtures.js';

const shared = serverForFile();

const JSON_TYPE = { 'Content-Type': 'application/json' };
const create = (name: string): string => JSON.stringify({ name, listen: '127.0.0.1:0', upstream: shared.up.address });
const names = (): string[] => shared.server.proxies.all().map((p) => p.name);

test('browser user agents get 403, as from Toxiproxy', async () => {
  const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Safari/537.36';
  const r = await rawHttp(shared.server.url, 'POST', '/proxies', { ...JSON_TYPE, 'User-Agent': ua }, create('ua'));
  assert.equal(r.status, 403);
  assert.deepEqual(JSON.parse(r.text), { error: 'User agent not allowed', status: 403 });
  assert.deepEqual(names(), []);
});

test('Origin and Sec-Fetch-Site mark a browser whatever the user agent says', async () => {
  for (const [header, value] of [['Origin', 'http://127.0.0.1:9999'], ['Origin', 'null'], ['Sec-Fetch-Site', 'cross-site'], ['Sec-Fetch-Dest', 'empty']] as const) {
    const r = await rawHttp(shared.server.url, 'POST', '/proxies', { ...JSON_TYPE, [header]: value }, create('x'));
    assert.equal(r.status, 403, `${header}: ${value}`);
    assert.match(JSON.parse(r.text).error, new RegExp(`^${header} header not allowed`));
  }
  assert.deepEqual(names(), []);
  // Node's own fetch sends Sec-Fetch-Mode: cors; it is not a browser and must still get in.
  assert.equal((await fetch(`${shared.server.url}/version`)).status, 200);
});

test('only JSON bodies: text/plain, forms and multipart get 415 and change nothing', async () => {
  for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    const r = await rawHttp(shared.server.url, 'POST', '/proxies', { 'Content-Type': type }, create('t'));
    assert.equal(r.status, 415, type);
    assert.match(JSON.parse(r.text).error, /Content-Type must be application\/json/);
  }
  assert.equal((await rawHttp(shared.server.url, 'POST', '/reset', { 'Content-Type': 'text/plain' })).status, 415);
  assert.deepEqual(names(), []);
  for (const type of ['application/json', 'application/json; charset=utf-8', 'application/merge-patch+json']) {
    assert.equal((await rawHttp(shared.server.url, 'POST', '/proxies', { 'Content-Type': type }, create(`ok-${names().length}`))).status, 201, type);
  }
  assert.equal((await rawHttp(shared.server.url, 'POST', '/proxies', {}, create('no-type'))).status, 201, 'curl -X POST without -d headers');
  assert.equal((await rawHttp(shared.server.url, 'DELETE', '/proxies/no-type')).status, 204);
});

test('Host must name this server or loopback: DNS rebinding gets 403', async () => {
  const port = new URL(shared.server.url).port;
  for (const host of [`attacker.example:${port}`, 'attacker.example', `127.0.0.1.nip.io:${port}`, `192.0.2.1:${port}`]) {
    const r = await rawHttp(shared.server.url, 'GET', '/proxies', { Host: host });
    assert.equal(r.status, 403, host);
    assert.match(JSON.parse(r.text).error, /^Host ".*" not allowed/);
  }
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST.:${port}`, `api.localhost:${port}`, `[::1]:${port}`, `[::ffff:127.0.0.1]:${port}`, '127.0.0.2']) {
    assert.equal((await rawHttp(shared.server.url, 'GET', '/proxies', { Host: host })).status, 200, host);
  }
});

test('--allow-host adds names; a wildcard listener answers to its interface addresses but not to other names', async () => {
  const wide = await startServer({ host: '0.0.0.0', port: 0, allowHosts: ['toxiproxy'] });
  try {
    const port = new URL(wide.url).port;
    const local = `http://127.0.0.1:${port}`;
    assert.equal((await rawHttp(local, 'GET', '/version', { Host: `toxiproxy:${port}` })).status, 200);
    assert.equal((await rawHttp(local, 'GET', '/version', { Host: `evil.example:${port}` })).status, 403);
    assert.equal((await rawHttp(local, 'GET', '/version', { Host: `203.0.113.9:${port}` })).status, 403, 'not an address of this machine');
  } finally {
    await wide.close();
  }
});

test('a listener beyond loopback warns that it has no authentication, unless a token is set', async () => {
  assert.equal(shared.server.warning, undefined);
  const wide = await startServer({ host: '0.0.0.0', port: 0 });
  const guarded = await startServer({ host: '0.0.0.0', port: 0, token: 's3cret' });
  try {
    assert.match(wide.warning ?? '', /no authentication/);
    assert.equal(guarded.warning, undefined);
  } finally {
    await wide.close();
    await guarded.close();
  }
});

test('bearer token: 401 without it or with a wrong one, 200 with it', async () => {
  const guarded = await startServer({ host: '127.0.0.1', port: 0, token: 's3cret' });
  try {
    const none = await rawHttp(guarded.url, 'GET', '/proxies');
    assert.equal(none.status, 401);
    assert.equal(none.headers['www-authenticate'], 'Bearer');
    assert.equal((await rawHttp(guarded.url, 'GET', '/proxies', { Authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await rawHttp(guarded.url, 'GET', '/proxies', { Authorization: 's3cret' })).status, 401);
    assert.equal((await rawHttp(guarded.url, 'GET', '/proxies', { Authorization: 'Bearer s3cret' })).status, 200);
    assert.equal((await rawHttp(guarded.url, 'GET', '/proxies', { Authorization: 'bearer s3cret' })).status, 200);
  } finally {
    await guarded.close();
  }
});

test('every answer carries an X-Toxiproxy-Request-Id, refusals included', async () => {
  const ids = new Set<string>();
  for (const path of ['/version', '/proxies', '/nope']) {
    const id = (await rawHttp(shared.server.url, 'GET', path)).headers['x-toxiproxy-request-id'];
    assert.match(String(id), /^[0-9a-v]{20}$/);
    ids.add(String(id));
  }
  assert.equal(ids.size, 3);
  assert.match(String((await rawHttp(shared.server.url, 'GET', '/version', { Origin: 'x' })).headers['x-toxiproxy-request-id']), /^[0-9a-v]{20}$/);
});
