// A page from another origin in a real Chromium tries to drive the API (fetch, forms, DNS rebinding): nothing changes.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, test } from 'node:test';
import type { RunningServer } from '../../../src/proxy/server.js';
import { withBrowser } from '../../helpers/browser.js';
import { apiProxy, apiToxic, echoUpstream, testServer, type Upstream } from '../../helpers/proxy-fixtures.js';

// The attacker's page: every way a web page can send a request to another origin without the user's help.
const ATTACK_PAGE = `<!doctype html><title>attacker</title><script>
async function attack(api, proxy) {
  const out = {};
  const body = JSON.stringify(proxy);
  const tryFetch = async (name, url, init) => {
    try { const r = await fetch(url, init); out[name] = r.type === 'opaque' ? 'opaque' : 'read ' + r.status + ' ' + (await r.text()); }
    catch (e) { out[name] = 'blocked: ' + e.name; }
  };
  await tryFetch('no-cors text/plain', api + '/proxies', { method: 'POST', mode: 'no-cors', body, headers: { 'Content-Type': 'text/plain' } });
  await tryFetch('no-cors blob', api + '/proxies', { method: 'POST', mode: 'no-cors', body: new Blob([body]) });
  await tryFetch('cors json', api + '/proxies', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
  await tryFetch('no-cors reset', api + '/reset', { method: 'POST', mode: 'no-cors' });
  await tryFetch('read proxies', api + '/proxies', {});
  for (const enctype of ['text/plain', 'application/x-www-form-urlencoded']) {
    const frame = document.createElement('iframe');
    frame.name = 'sink-' + enctype;
    document.body.append(frame);
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = api + '/proxies';
    form.enctype = enctype;
    form.target = frame.name;
    const input = document.createElement('input');
    // The classic JSON-by-form trick: the field name carries the JSON, the value closes it.
    input.name = body.slice(0, -1) + ', "pad": "';
    input.value = '"}';
    form.append(input);
    document.body.append(form);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    form.submit();
    await loaded;
    out['form ' + enctype] = 'submitted';
  }
  return out;
}
</script>`;

let api: RunningServer;
let up: Upstream;
let attacker: Server;
let attackerUrl: string;
before(async () => {
  up = await echoUpstream();
  api = await testServer();
  await apiProxy(api, 'victim', up.address);
  assert.equal((await apiToxic(api, 'victim', { type: 'latency', attributes: { latency: 5 } })).status, 200);
  attacker = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(ATTACK_PAGE));
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', r));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as { port: number }).port}/`;
});
after(async () => {
  await new Promise((r) => attacker.close(r));
  await api.close();
  await up.close();
});

const untouched = (): void => {
  assert.deepEqual(api.proxies.all().map((p) => p.name), ['victim'], 'no proxy created');
  assert.deepEqual(api.proxies.get('victim').toxics.all().map((t) => t.name), ['latency_downstream'], 'no reset');
};

test('a page on another loopback origin can neither change nor read the API', { timeout: 60_000 }, async () => {
  const proxy = { name: 'relay', listen: '0.0.0.0:0', upstream: up.address };
  const out = await withBrowser(async (browser) => {
    const page = await browser.newPage();
    await page.goto(attackerUrl);
    return page.evaluate(([base, p]) => (globalThis as unknown as { attack: (a: string, p: unknown) => Promise<Record<string, string>> }).attack(base, p), [api.url, proxy] as const);
  });
  // The requests did leave the browser (opaque answers, loaded frames); the API refused every one.
  assert.equal(out['no-cors text/plain'], 'opaque');
  assert.equal(out['no-cors blob'], 'opaque');
  assert.equal(out['no-cors reset'], 'opaque');
  assert.match(out['cors json'] ?? '', /^blocked/);
  assert.match(out['read proxies'] ?? '', /^blocked/);
  assert.equal(out['form text/plain'], 'submitted');
  assert.equal(out['form application/x-www-form-urlencoded'], 'submitted');
  untouched();
});

test('DNS rebinding: a name the attacker controls, resolved to loopback, gets nothing', { timeout: 60_000 }, async () => {
  const port = new URL(api.url).port;
  const seen = await withBrowser(async (browser) => {
    const page = await browser.newPage();
    const res = await page.goto(`http://rebind.test:${port}/proxies`);
    return { status: res?.status(), body: (await res?.text()) ?? '' };
  }, { hostResolverRules: 'MAP rebind.test 127.0.0.1' });
  assert.equal(seen.status, 403);
  assert.doesNotMatch(seen.body, /victim/);
  untouched();
});
